package dev.nightjar.optimizer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.export.StrategyConfig;
import dev.nightjar.optimizer.export.StrategyConfigs;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rankBy: plateau}: exported configs ordered by their neighbourhood's mean objective. */
class PlateauRankingTest {
  private static final List<BarSeries> SERIES =
      SyntheticMarket.generate(
          new SynthSpec(
              5, List.of(Symbol.of("PL-A"), Symbol.of("PL-B")), 1_704_067_200_000L, 4_000));

  @TempDir Path dir;

  private Sweep.Result run(String rankBy, Path out) {
    SweepSpec spec =
        SweepSpec.parse(
            "{\"name\": \"plateau\", \"data\": {\"symbols\": [\"PL-A\", \"PL-B\"], \"timeframe\":"
                + " \"1m\"}, \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 2,"
                + " \"to\": 30, \"step\": 2}, \"slow\": {\"from\": 20, \"to\": 200, \"step\": 20}},"
                + " \"filters\": {\"minTrades\": 3}, \"top\": 12, \"rankBy\": \""
                + rankBy
                + "\"}",
            Path.of("plateau.json"));
    return Sweep.run(
        spec,
        Path.of("plateau.json"),
        SERIES,
        out,
        new Sweep.Options(2, false, "test", () -> 0L, ProgressListener.NONE, () -> false));
  }

  /** Walk-forward: train 24 h, test 8 h over the 66 h of 1m bars. */
  private Sweep.Result runValidated(String rankBy, Path out) {
    SweepSpec spec =
        SweepSpec.parse(
            "{\"name\": \"plateau-wf\", \"data\": {\"symbols\": [\"PL-A\", \"PL-B\"],"
                + " \"timeframe\": \"1m\"}, \"strategy\": \"sma-cross\", \"params\": {\"fast\":"
                + " {\"from\": 2, \"to\": 30, \"step\": 2}, \"slow\": {\"from\": 20, \"to\": 200,"
                + " \"step\": 20}}, \"top\": 6, \"rankBy\": \""
                + rankBy
                + "\", \"validation\": {\"walkForward\": {\"train\": \"24h\", \"test\":"
                + " \"8h\"}}}",
            Path.of("plateau-wf.json"));
    return Sweep.run(
        spec,
        Path.of("plateau-wf.json"),
        SERIES,
        out,
        new Sweep.Options(2, false, "test", () -> 0L, ProgressListener.NONE, () -> false));
  }

  @Test
  void aValidatedSweepExportsByThePlateauOfEachConfigsOwnTraining() {
    Sweep.Result byOos = runValidated("oos", dir.resolve("wf-oos"));
    Sweep.Result byPlateau = runValidated("plateau", dir.resolve("wf-plateau"));
    List<StrategyConfig> plateau = configs(byPlateau);
    assertTrue(plateau.size() > 2, "configs: " + plateau.size());
    // inSample metrics are the last selecting fold's train window, where the plateau ratio was
    // computed: ratio × in-sample objective must not increase down the ranking.
    for (int i = 1; i < plateau.size(); i++) {
      double a =
          plateau.get(i - 1).robustness().get("plateau_ratio")
              * plateau.get(i - 1).inSample().metrics().get(Metric.SHARPE);
      double b =
          plateau.get(i).robustness().get("plateau_ratio")
              * plateau.get(i).inSample().metrics().get(Metric.SHARPE);
      assertTrue(a >= b, "rank " + i + " before rank " + (i + 1) + ": " + a + " < " + b);
    }
    assertTrue(byPlateau.report().summary().contains("plateau"), byPlateau.report().summary());
    assertNotEquals(
        configs(byOos).stream().map(StrategyConfig::params).toList(),
        plateau.stream().map(StrategyConfig::params).toList());
  }

  private static List<StrategyConfig> configs(Sweep.Result r) {
    List<StrategyConfig> out = new ArrayList<>();
    r.configs().forEach(p -> out.add(StrategyConfigs.read(p)));
    return out;
  }

  /** ratio × objective: the ±1-step neighbourhood's mean objective. */
  private static double plateau(StrategyConfig c) {
    return c.robustness().get("plateau_ratio") * c.objectiveValue();
  }

  @Test
  void exportedConfigsAreOrderedByTheirNeighbourhoodsMeanObjective() {
    Sweep.Result byObjective = run("is", dir.resolve("is"));
    Sweep.Result byPlateau = run("plateau", dir.resolve("plateau"));
    assertEquals(Manifest.Status.COMPLETE, byPlateau.status());
    List<StrategyConfig> is = configs(byObjective);
    List<StrategyConfig> plateau = configs(byPlateau);
    assertEquals(12, plateau.size());
    for (int i = 1; i < plateau.size(); i++) {
      assertTrue(
          plateau(plateau.get(i - 1)) >= plateau(plateau.get(i)),
          "rank " + i + " before rank " + (i + 1));
    }
    // The objective ranking's own top 12 all have a plateau figure; the best of them by
    // neighbourhood mean is at least as good as the plateau ranking's first.
    double best = Double.NEGATIVE_INFINITY;
    for (StrategyConfig c : is) {
      best = Math.max(best, plateau(c));
    }
    assertTrue(plateau(plateau.get(0)) >= best);
    assertNotEquals(
        is.stream().map(StrategyConfig::params).toList(),
        plateau.stream().map(StrategyConfig::params).toList(),
        "on this market an isolated peak leads the objective ranking");
  }
}
