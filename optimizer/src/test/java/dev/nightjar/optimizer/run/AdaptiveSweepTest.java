package dev.nightjar.optimizer.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.search.SweepPlan;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adaptive searches driven by the sweep runner: correct rows, thread-count and resume invariant.
 */
class AdaptiveSweepTest {
  private static final List<BarSeries> SERIES =
      SyntheticMarket.generate(
          new SynthSpec(
              21, List.of(Symbol.of("AD-A"), Symbol.of("AD-B")), 1_704_067_200_000L, 3_000));

  @TempDir Path dir;

  private static SweepSpec spec(String search) {
    return SweepSpec.parse(
        "{\"name\": \"adaptive\", \"data\": {\"symbols\": [\"AD-A\", \"AD-B\"], \"timeframe\":"
            + " \"1m\"}, \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 2, \"to\":"
            + " 40, \"step\": 2}, \"slow\": {\"from\": 10, \"to\": 200, \"step\": 10}},"
            + " \"constraints\": [\"fast < slow\"], \"top\": 5, \"search\": "
            + search
            + "}",
        Path.of("adaptive.json"));
  }

  private static Sweep.Result run(
      SweepSpec spec, Path out, int threads, boolean resume, AtomicInteger stopAfter) {
    AtomicInteger calls = new AtomicInteger();
    ProgressListener progress = (done, total) -> calls.incrementAndGet();
    return Sweep.run(
        spec,
        Path.of("adaptive.json"),
        SERIES,
        out,
        new Sweep.Options(
            threads,
            resume,
            "test",
            () -> 1_764_115_200_000L,
            progress,
            () -> stopAfter != null && calls.get() >= stopAfter.get()));
  }

  private static byte[] bytes(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  /**
   * Stopped after {@code stop} progress reports (one per task): halving in its second round (its
   * first has one task of 60 combinations per symbol), CMA-ES early.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"method\": \"halving\", \"samples\": 60, \"seed\": 3, \"eta\": 3, \"rounds\": 3}|3",
        "{\"method\": \"cmaes\", \"budget\": 40, \"seed\": 3}|9"
      })
  void rowsAreFullDataEngineResultsAndOutputsDoNotDependOnThreadsOrInterruptions(
      String search, int stop) throws IOException {
    SweepSpec spec = spec(search);
    Sweep.Result one = run(spec, dir.resolve("one"), 1, false, null);
    assertEquals(Manifest.Status.COMPLETE, one.status());
    // The deflated Sharpe ratio counts every evaluation the search made, not only the full-data
    // rows the reports rank (halving's earlier rounds were trials too).
    assertTrue(
        one.report().summary().contains("(DSR over " + one.stats().evaluations() + " trials)"),
        one.report().summary());

    // Every reported row is the engine's result for that combination on the full series.
    SweepPlan plan = SweepPlan.plan(spec);
    FeatureCache[] features = {new FeatureCache(SERIES.get(0)), new FeatureCache(SERIES.get(1))};
    for (ResultRow row : one.report().ranked()) {
      Combination c = plan.combination(row.combination());
      double[] target = new double[SERIES.get(row.symbol()).size()];
      spec.strategies().get(0).strategy().targets(features[row.symbol()], c.params(), target);
      spec.strategies().get(0).direction().apply(target);
      double[] metrics = new double[Metric.count()];
      Engine.metrics(SERIES.get(row.symbol()), target, spec.execution(), metrics);
      assertArrayEquals(metrics, row.metrics(), 0, "row " + row);
    }
    long rows;
    try (Stream<String> lines = Files.lines(dir.resolve("one/results.csv"))) {
      rows = lines.count() - 1;
    }
    // Halving keeps ceil(ceil(60/3)/3) = 7 survivors for the last round; CMA-ES spends <= 40.
    assertTrue(rows == 2 * 7 || search.contains("cmaes") && rows <= 2 * 40, "rows " + rows);

    // nightjar report and export read the run folder's consolidated log like a grid sweep's.
    SweepInfo info = Sweep.reopen(spec, Path.of("adaptive.json"), SERIES, dir.resolve("one"));
    try (LogIndex index = Sweep.completeLog(dir.resolve("one"), info)) {
      long logged = 0;
      for (Iterator<ResultRow> it = Sweep.rows(index, SERIES.size()); it.hasNext(); it.next()) {
        logged++;
      }
      assertEquals(rows, logged);
    }

    Sweep.Result two = run(spec, dir.resolve("two"), 2, false, null);
    assertEquals(Manifest.Status.COMPLETE, two.status());

    Path cut = dir.resolve("cut");
    Sweep.Result stopped = run(spec, cut, 2, false, new AtomicInteger(stop));
    assertFalse(stopped.status() == Manifest.Status.COMPLETE, "stopped early");
    assertTrue(Files.isDirectory(cut.resolve("rounds/001")), "stopped after the first round");
    Sweep.Result resumed = run(spec, cut, 1, true, null);
    assertEquals(Manifest.Status.COMPLETE, resumed.status());

    for (String name : List.of("results.csv", "top.csv")) {
      assertArrayEquals(
          bytes(dir.resolve("one").resolve(name)), bytes(dir.resolve("two").resolve(name)), name);
      assertArrayEquals(bytes(dir.resolve("one").resolve(name)), bytes(cut.resolve(name)), name);
    }
  }
}
