package dev.nightjar.optimizer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.metrics.Metrics;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ConfigException;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.export.SampleWindow;
import dev.nightjar.optimizer.export.StrategyConfig;
import dev.nightjar.optimizer.export.StrategyConfigs;
import dev.nightjar.optimizer.run.log.CheckpointException;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.spec.SweepSpec;
import dev.nightjar.optimizer.validation.ValidatedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A walk-forward sweep in-process: its outputs, and resume covering its in-sample stage. */
class SweepValidationTest {
  private static final long START = 1_704_067_200_000L;

  /** 3,000 1m bars (50 h) of two symbols. */
  private static final List<BarSeries> MARKET =
      SyntheticMarket.generate(
          new SynthSpec(11, List.of(Symbol.of("A"), Symbol.of("B")), START, 3_000));

  /**
   * Train 20 h, test 5 h, step 5 h over 50 h: tests start at 20, 25, ..., 45 h, so 6 folds. 8
   * combinations (fast 5..20 × slow 30, 60), top 3.
   */
  private static final String SPEC =
      "{\"name\": \"wf\", \"data\": {\"symbols\": [\"A\", \"B\"], \"timeframe\": \"1m\"},"
          + " \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 5, \"to\": 20, \"step\":"
          + " 5}, \"slow\": {\"values\": [30, 60]}}, \"filters\": {\"minTrades\": 2}, \"top\": 3,"
          + " \"validation\": {\"walkForward\": {\"train\": \"TRAIN\", \"test\": \"5h\"}}}";

  @TempDir Path tmp;

  private Path specFile(String train) throws IOException {
    Path file = tmp.resolve("wf-" + train + ".json");
    Files.writeString(file, SPEC.replace("TRAIN", train));
    return file;
  }

  private static Sweep.Result run(Path specFile, Path dir, boolean resume, int stopAfterPolls) {
    AtomicInteger polls = new AtomicInteger();
    return Sweep.run(
        SweepSpec.read(specFile),
        specFile,
        MARKET,
        dir,
        new Sweep.Options(
            2,
            resume,
            "test",
            () -> START,
            (done, total) -> {},
            () -> stopAfterPolls >= 0 && polls.incrementAndGet() > stopAfterPolls));
  }

  /** Every output file's text, summary.txt without its timing line. */
  private static Map<String, String> outputs(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    for (String name :
        List.of(
            "results.csv",
            "top.csv",
            "oos.csv",
            "summary.txt",
            "robustness.csv",
            "pbo.json",
            "selection.csv",
            "returns.bin")) {
      files.add(dir.resolve(name));
    }
    try (Stream<Path> configs = Files.list(dir.resolve("configs"))) {
      configs.sorted().forEach(files::add);
    }
    for (Path f : files) {
      String text =
          f.getFileName().toString().endsWith(".bin")
              ? java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(f))
              : Files.readString(f);
      if (f.getFileName().toString().equals("summary.txt")) {
        text = text.lines().filter(l -> !l.startsWith("timing")).collect(Collectors.joining("\n"));
      }
      out.put(dir.relativize(f).toString(), text);
    }
    return out;
  }

  @Test
  void writesFoldRowsOosCsvAndConfigsWithBothSampleBlocks() throws IOException {
    Path dir = tmp.resolve("run");
    Sweep.Result result = run(specFile("20h"), dir, false, -1);
    assertEquals(Manifest.Status.COMPLETE, result.status());
    List<String> results = Files.readAllLines(dir.resolve("results.csv"));
    assertTrue(results.get(0).startsWith("symbol,fold,strategy,combination,fast,slow,"));
    // 6 folds × 2 symbols × 8 combinations, fold-major.
    assertEquals(1 + 6 * 2 * 8, results.size());
    assertTrue(results.get(1).startsWith("A:1m,1,sma-cross,0,5,30,"), results.get(1));
    assertTrue(results.get(96).startsWith("B:1m,6,sma-cross,7,20,60,"), results.get(96));

    List<String> oos = Files.readAllLines(dir.resolve("oos.csv"));
    assertTrue(oos.get(0).startsWith("row,fold,rank,symbol,strategy,combination,params,"));
    long foldRows = oos.stream().filter(l -> l.startsWith("fold,")).count();
    assertTrue(foldRows >= 1 && foldRows <= 6 * 3, "fold rows " + foldRows);
    assertEquals(2, oos.stream().filter(l -> l.startsWith("stitched,")).count());
    // Fold 1 tests on [20 h, 25 h).
    String fold1 = oos.stream().filter(l -> l.startsWith("fold,1,1,")).findFirst().orElseThrow();
    assertTrue(
        fold1.contains(
            ",2024-01-01T00:00:00Z,2024-01-01T20:00:00Z,2024-01-01T20:00:00Z,2024-01-02T01:00:00Z,"),
        fold1);

    String summary = Files.readString(dir.resolve("summary.txt"));
    assertTrue(
        summary.contains("validation: walk-forward, 6 folds, exported configs ranked by oos"));
    assertTrue(summary.contains("walk-forward efficiency: "), summary);
    assertTrue(summary.contains("is_sharpe  oos_sharpe"), summary);

    assertFalse(result.configs().isEmpty());
    for (Path file : result.configs()) {
      StrategyConfig c = StrategyConfigs.read(file);
      assertEquals("walk-forward", c.outOfSample().method());
      // The provenance names the full series, not a train window.
      assertEquals(MARKET.get(0).firstTime(), c.provenance().dataFrom());
      SampleWindow trained = c.inSample().window();
      for (SampleWindow test : c.outOfSample().windows()) {
        // Out-of-sample windows are test windows of folds that selected it: 5 h long, right after
        // that fold's 20 h of training (fold f tests from 20 + 5 (f - 1) h).
        assertEquals(5 * 3_600_000L, test.to() - test.from());
        assertEquals(START + (20 + 5 * (test.fold() - 1)) * 3_600_000L, test.from());
      }
      SampleWindow own = c.outOfSample().windows().get(c.outOfSample().windows().size() - 1);
      assertEquals(trained.fold(), own.fold());
      assertEquals(trained.to(), own.from());
      // The in-sample metrics are the results.csv row of that fold and combination.
      assertEquals(c.metrics(), c.inSample().metrics());
      assertTrue(c.metrics().get(Metric.TRADES) >= 2, "filters hold in sample");
    }
  }

  @Test
  void aHoldoutTrainsOnTheFirstPartAndMatchesAnIndependentReplay() throws IOException {
    Path file = tmp.resolve("holdout.json");
    Files.writeString(
        file,
        SPEC.replace(
            "\"walkForward\": {\"train\": \"TRAIN\", \"test\": \"5h\"}", "\"holdout\": \"20%\""));
    Path dir = tmp.resolve("holdout");
    Sweep.Result result = run(file, dir, false, -1);
    assertEquals(Manifest.Status.COMPLETE, result.status());
    // 50 h, 20% held out: train [0, 40 h), test [40 h, 50 h) = bars 2,400..2,999.
    List<String> lines = Files.readAllLines(dir.resolve("oos.csv"));
    int columns = lines.get(0).split(",", -1).length;
    String best = lines.stream().filter(l -> l.startsWith("fold,1,1,")).findFirst().orElseThrow();
    assertTrue(
        best.contains(
            ",2024-01-01T00:00:00Z,2024-01-02T16:00:00Z,2024-01-02T16:00:00Z,2024-01-03T02:00:00Z,"),
        best);
    String[] cells = best.split(",", -1);
    BarSeries series = MARKET.get(cells[3].equals("A:1m") ? 0 : 1);
    int id = Integer.parseInt(cells[5]);
    // Grid order: fast 5, 10, 15, 20, each with slow 30, 60 (the last parameter varies fastest).
    double[] params = {5 + 5 * (id / 2), id % 2 == 0 ? 30 : 60};
    // Replay by hand: targets on the full series, the window's first bar taking the last decision
    // before it, then the engine on the window's bars alone.
    double[] target =
        Strategies.byName("sma-cross")
            .targets(new FeatureCache(series), params, Direction.LONG_SHORT);
    double[] window = Arrays.copyOfRange(target, 2_400, 3_000);
    for (int i = 2_399; Double.isNaN(window[0]) && i >= 0; i--) {
      window[0] = target[i];
    }
    Metrics replay =
        Engine.run(series.view(2_400, 3_000), window, EngineConfig.defaults()).metrics();
    // The metric cells are the last columns, after the quoted params cell ("fast=5, slow=30").
    List<String> tail =
        Arrays.asList(cells).subList(cells.length - (Metric.count() + 1), cells.length - 1);
    assertEquals(columns + 1, cells.length, "one comma inside the quoted params");
    for (Metric m :
        List.of(Metric.TOTAL_RETURN, Metric.SHARPE, Metric.TRADES, Metric.MAX_DRAWDOWN)) {
      assertEquals(Double.toString(replay.get(m)), tail.get(m.ordinal()), m.key());
    }
    for (Path config : result.configs()) {
      assertEquals("holdout", StrategyConfigs.read(config).outOfSample().method());
    }
  }

  @Test
  void interruptedAndResumedGivesTheSameOutputsAsAnUninterruptedRun() throws IOException {
    Path spec = specFile("20h");
    Path straight = tmp.resolve("straight");
    run(spec, straight, false, -1);
    Path resumed = tmp.resolve("resumed");
    Sweep.Result first = run(spec, resumed, false, 3);
    assertEquals(Manifest.Status.INTERRUPTED, first.status());
    assertTrue(first.completedTasks() < first.tasks(), first.completedTasks() + " tasks");
    assertFalse(Files.exists(resumed.resolve("oos.csv")));
    Sweep.Result second = run(spec, resumed, true, 4); // of 12 tasks: 6 folds × 2 symbols
    assertEquals(Manifest.Status.INTERRUPTED, second.status());
    assertEquals(Manifest.Status.COMPLETE, run(spec, resumed, true, -1).status());
    assertEquals(outputs(straight), outputs(resumed));
  }

  /**
   * Ranked by out-of-sample figures, configs whose out-of-sample metrics fail the filters (here
   * fewer than 10 trades over their test windows) come after every config that passes; within each
   * group the out-of-sample sharpe decides (checked from the configs' own metrics).
   */
  private static final int MIN_TRADES = 10;

  @Test
  void configsFailingTheFiltersOutOfSampleRankLast() throws IOException {
    Path file = tmp.resolve("wf-filters.json");
    Files.writeString(
        file,
        SPEC.replace("TRAIN", "20h").replace("\"minTrades\": 2", "\"minTrades\": " + MIN_TRADES));
    Sweep.Result r = run(file, tmp.resolve("filters"), false, -1);
    List<ValidatedConfig> ranked = r.report().validation().ranked();
    int trades = Metric.TRADES.ordinal();
    int sharpe = Metric.SHARPE.ordinal();
    boolean failing = false;
    int passing = 0;
    for (int i = 0; i < ranked.size(); i++) {
      boolean passes = ranked.get(i).outOfSample()[trades] >= MIN_TRADES;
      assertTrue(!passes || !failing, "a passing config after a failing one at " + i);
      failing |= !passes;
      passing += passes ? 1 : 0;
      if (i > 0) {
        boolean previousPasses = ranked.get(i - 1).outOfSample()[trades] >= MIN_TRADES;
        double a = ranked.get(i - 1).outOfSample()[sharpe];
        double b = ranked.get(i).outOfSample()[sharpe];
        if (previousPasses == passes && !Double.isNaN(a) && !Double.isNaN(b)) {
          assertTrue(a >= b, "sharpe order within a group at " + i);
        }
      }
    }
    assertTrue(passing > 0 && failing, "both groups present: " + passing + " of " + ranked.size());
  }

  @Test
  void resumingWithOtherWindowsRefuses() throws IOException {
    Path dir = tmp.resolve("run");
    run(specFile("20h"), dir, false, 2);
    CheckpointException e =
        assertThrows(CheckpointException.class, () -> run(specFile("15h"), dir, true, -1));
    assertTrue(e.getMessage().contains("cannot resume: the spec changed"), e.getMessage());
    // Other windows are other units: the manifest names them.
    assertTrue(e.getMessage().contains("A:1m#07"), e.getMessage());
  }

  @Test
  void windowsThatDoNotFitTheDataAreAConfigErrorAtTheValidation() throws IOException {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> run(specFile("48h"), tmp.resolve("x"), false, -1));
    assertTrue(
        e.getMessage().contains("$.validation: train + test (2.2 days) do not fit"),
        e.getMessage());
    assertFalse(Files.exists(tmp.resolve("x")), "nothing was started");
  }
}
