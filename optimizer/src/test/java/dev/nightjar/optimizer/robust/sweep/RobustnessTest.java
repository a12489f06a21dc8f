package dev.nightjar.optimizer.robust.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.BacktestResult;
import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.SeriesId;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.StrategyInfo;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.robust.DeflatedSharpe;
import dev.nightjar.optimizer.robust.ProbabilisticSharpe;
import dev.nightjar.optimizer.run.Sweep;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.search.SweepPlan;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sweep (sma-cross, 5 × 4 grid, on two seeded random-walk 4h series of 400 days) analyzed
 * end to end; each figure is checked against an independent computation in this test.
 */
class RobustnessTest {
  private static final String SPEC =
      """
      {"name": "robust", "data": {"symbols": ["AAA", "BBB"], "timeframe": "4h"},
       "strategy": "sma-cross",
       "params": {"fast": {"from": 4, "to": 20, "step": 4}, "slow": {"from": 30, "to": 60, "step": 10}},
       "objective": "sharpe", "top": 5}
      """;

  @TempDir static Path dir;
  static SweepSpec spec;
  static List<BarSeries> series;
  static SweepInfo info;
  static SweepPlan plan;
  static List<ResultRow> rows;
  static RobustnessReport report;

  @BeforeAll
  static void sweep() throws IOException {
    Path specFile = dir.resolve("spec.json");
    Files.writeString(specFile, SPEC);
    spec = SweepSpec.read(specFile);
    series = List.of(walk("AAA", 1), walk("BBB", 2));
    Path run = dir.resolve("run");
    Sweep.run(
        spec,
        specFile,
        series,
        run,
        new Sweep.Options(
            1, false, "test", () -> 1_764_100_000_000L, ProgressListener.NONE, () -> false));
    info = Sweep.reopen(spec, specFile, series, run);
    plan = SweepPlan.plan(spec);
    rows = new ArrayList<>();
    try (LogIndex index = Sweep.completeLog(run, info)) {
      Sweep.rows(index, index.completed().cardinality()).forEachRemaining(rows::add);
    }
    report = analyze(RobustnessOptions.defaults());
  }

  static RobustnessReport analyze(RobustnessOptions options) {
    return Robustness.analyze(info, plan, series, rows::iterator, options);
  }

  /** A seeded geometric random walk of 2,400 4h bars (400 days) from 2024-01-01 UTC. */
  static BarSeries walk(String symbol, long seed) {
    int n = 2400;
    SplittableRandom random = new SplittableRandom(seed);
    long[] time = new long[n];
    double[] open = new double[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double[] volume = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      time[i] = 1_704_067_200_000L + i * 14_400_000L;
      open[i] = price;
      price *= Math.exp(random.nextDouble(-0.02, 0.02));
      close[i] = price;
      high[i] = Math.max(open[i], close[i]) * 1.001;
      low[i] = Math.min(open[i], close[i]) * 0.999;
      volume[i] = 1;
    }
    return BarSeries.of(SeriesId.parse(symbol + ":4h"), time, open, high, low, close, volume);
  }

  /** Daily returns by an independent slow path: equity grouped by UTC calendar date. */
  static double[] dailyReturns(ResultRow row) {
    BacktestResult result = backtest(row);
    BarSeries s = series.get(row.symbol());
    TreeMap<LocalDate, Double> lastOfDay = new TreeMap<>();
    double[] equity = result.equity();
    for (int i = 0; i < s.size(); i++) {
      lastOfDay.put(
          LocalDate.ofInstant(Instant.ofEpochMilli(s.time(i)), ZoneOffset.UTC), equity[i]);
    }
    double previous = equity[0];
    double[] out = new double[lastOfDay.size()];
    int k = 0;
    for (double e : lastOfDay.values()) {
      out[k++] = e / previous - 1;
      previous = e;
    }
    return out;
  }

  static BacktestResult backtest(ResultRow row) {
    Combination c = info.combination(row.combination());
    StrategyInfo s = info.strategies().get(c.strategy());
    BarSeries b = series.get(row.symbol());
    double[] target = s.strategy().targets(new FeatureCache(b), c.params(), s.direction());
    return Engine.run(b, target, s.execution());
  }

  @Test
  void topRowsAreTheRankingBestFirstAndTrialsCountEveryEvaluatedRow() {
    assertEquals(40, rows.size());
    assertEquals(40, report.trials());
    List<ResultRow> byHand = new ArrayList<>(rows);
    byHand.removeIf(r -> !info.ranks(r));
    byHand.sort(info.objective().comparator());
    assertEquals(byHand.size(), report.rows().size());
    for (int i = 0; i < byHand.size(); i++) {
      assertEquals(byHand.get(i), report.rows().get(i).row());
      assertEquals(i + 1, report.rows().get(i).rank());
    }
  }

  @Test
  void psrAndDsrUseTheDailyReturnsTrialsAndSharpeVariance() {
    double[] sharpes = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      double[] r = dailyReturns(rows.get(i));
      double mean = 0;
      for (double x : r) {
        mean += x;
      }
      mean /= r.length;
      double ss = 0;
      for (double x : r) {
        ss += (x - mean) * (x - mean);
      }
      sharpes[i] = mean / Math.sqrt(ss / (r.length - 1));
    }
    double sharpeMean = 0;
    for (double x : sharpes) {
      sharpeMean += x;
    }
    sharpeMean /= sharpes.length;
    double variance = 0;
    for (double x : sharpes) {
      variance += (x - sharpeMean) * (x - sharpeMean) / (sharpes.length - 1);
    }
    assertEquals(variance, report.sharpeVariance(), 1e-12);
    for (RowFigures f : report.rows().subList(0, 5)) {
      double[] r = dailyReturns(f.row());
      assertEquals(r.length, f.figure("periods"));
      assertEquals(ProbabilisticSharpe.psr(r, 0), f.figure("psr"), 1e-9);
      assertEquals(DeflatedSharpe.dsr(r, 40, variance), f.figure("dsr"), 1e-9);
      assertTrue(f.figure("dsr") <= f.figure("psr"), "deflation never raises the PSR");
      assertEquals(backtest(f.row()).trades().size(), f.figure("trades"));
    }
  }

  /** Plateau by brute force over the rows: same symbol, levels within ±1 step of both params. */
  @Test
  void plateauRatioIsTheNeighbourhoodMeanOverTheValue() {
    for (RowFigures f : report.rows().subList(0, 5)) {
      Combination centre = info.combination(f.row().combination());
      double sum = 0;
      int count = 0;
      for (ResultRow r : rows) {
        Combination c = info.combination(r.combination());
        if (r.symbol() == f.row().symbol()
            && Math.abs(c.param(0) - centre.param(0)) <= 4
            && Math.abs(c.param(1) - centre.param(1)) <= 10) {
          sum += r.metric(Metric.SHARPE);
          count++;
        }
      }
      double value = f.row().metric(Metric.SHARPE);
      assertEquals(sum / count / value, f.figure("plateau_ratio"), 1e-12);
    }
  }

  @Test
  void bootstrapWorstCasesAreFinitePlausibleAndSeeded() {
    for (RowFigures f : report.rows()) {
      if (f.figure("trades") > 0) {
        assertTrue(f.figure("mc_p5_max_drawdown") >= 0 && f.figure("mc_p5_max_drawdown") <= 1);
        assertTrue(f.figure("mc_p5_return") >= -1);
      }
    }
    RobustnessReport again = analyze(RobustnessOptions.defaults());
    for (int i = 0; i < report.rows().size(); i++) {
      assertEquals(report.rows().get(i).figures(), again.rows().get(i).figures());
    }
  }

  /** Selection checked against Commons Math's correlations of the stored returns. */
  @Test
  void selectionKeepsPairwiseCorrelationAtMostTheThreshold() {
    ReturnsTable t = report.returns();
    double[][] columns = new double[t.calendar().length][t.size()];
    for (int i = 0; i < t.size(); i++) {
      for (int k = 0; k < t.calendar().length; k++) {
        columns[k][i] = t.values()[i][k];
      }
    }
    double[][] c = new PearsonsCorrelation(columns).getCorrelationMatrix().getData();
    boolean[] chosen = report.selection().chosen();
    assertTrue(chosen[0]);
    for (int i = 0; i < chosen.length; i++) {
      for (int j = 0; j < i; j++) {
        if (chosen[i] && chosen[j]) {
          assertTrue(c[i][j] <= 0.7, "chosen " + i + " and " + j + " correlate " + c[i][j]);
        }
      }
      if (!chosen[i]) {
        int by = report.selection().excludedBy()[i];
        assertTrue(by < i && chosen[by]);
        assertEquals(c[i][by], report.selection().correlation()[i], 1e-9);
        assertTrue(c[i][by] > 0.7);
      }
    }
    assertTrue(report.selection().chosenCount() < chosen.length, "sma-cross neighbours correlate");
  }

  @Test
  void pboRunsPerSymbolAndSaysWhenCapped() {
    assertEquals(2, report.pbo().size());
    for (SymbolPbo p : report.pbo()) {
      assertEquals(20, p.evaluated());
      assertEquals(20, p.used());
      assertTrue(p.result().pbo() >= 0 && p.result().pbo() <= 1);
      assertEquals("", p.note());
    }
    RobustnessReport capped = analyze(new RobustnessOptions(3, 6, 86_400_000L, 16, 0.7, 100, 1));
    for (SymbolPbo p : capped.pbo()) {
      assertEquals(6, p.used());
      assertTrue(p.note().startsWith("capped at 6 of 20"), p.note());
    }
  }

  @Test
  void filesRoundTripAndReturnsAreChecksummed() throws IOException {
    Path out = dir.resolve("files");
    RobustnessFiles.write(out, info, report);
    Map<Long, Map<String, Double>> figures = RobustnessFiles.readFigures(out);
    assertEquals(report.rows().size(), figures.size());
    for (RowFigures f : report.rows()) {
      assertEquals(
          f.figures(), figures.get(RobustnessFiles.key(f.row().symbol(), f.row().combination())));
    }
    ReturnsTable back = ReturnsFile.read(out.resolve(ReturnsFile.NAME));
    assertArrayEquals(report.returns().calendar(), back.calendar());
    assertArrayEquals(report.returns().combinations(), back.combinations());
    for (int i = 0; i < back.size(); i++) {
      assertArrayEquals(report.returns().values()[i], back.values()[i]);
    }
    List<String> selection = Files.readAllLines(out.resolve(RobustnessFiles.SELECTION));
    assertEquals(report.rows().size() + 1, selection.size());
    assertTrue(Files.readString(out.resolve(RobustnessFiles.PBO)).contains("\"reading\""));
    String summary = String.join("\n", RobustnessFiles.summaryLines(report));
    assertTrue(summary.contains("PBO AAA:4h: "), summary);

    byte[] bytes = Files.readAllBytes(out.resolve(ReturnsFile.NAME));
    bytes[bytes.length / 2] ^= 1;
    Path damaged = out.resolve("damaged.bin");
    Files.write(damaged, bytes);
    assertThrows(DataException.class, () -> ReturnsFile.read(damaged));
    Path truncated = out.resolve("truncated.bin");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertThrows(DataException.class, () -> ReturnsFile.read(truncated));
  }

  @Test
  void noRowsGiveAnEmptyReport() {
    RobustnessReport empty =
        Robustness.analyze(
            info, plan, series, List.<ResultRow>of()::iterator, RobustnessOptions.defaults());
    assertEquals(0, empty.rows().size());
    assertFalse(empty.pbo().get(0).result() != null);
  }
}
