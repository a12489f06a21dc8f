package dev.nightjar.bench;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.simd.Simd;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.MovingAverageCross;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.run.Evaluator;
import dev.nightjar.optimizer.run.ParallelRun;
import dev.nightjar.optimizer.run.StrategySetup;
import dev.nightjar.optimizer.run.TaskLayout;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.ta4j.core.AnalysisCriterion;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.criteria.EnterAndHoldCriterion;
import org.ta4j.core.criteria.ExpectancyCriterion;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.NumberOfWinningPositionsCriterion;
import org.ta4j.core.criteria.ReturnOverMaxDrawdownCriterion;
import org.ta4j.core.criteria.SqnCriterion;
import org.ta4j.core.criteria.pnl.ReturnCriterion;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The standard sweep workload, nightjar and ta4j side by side in one run ({@code nightjar bench}):
 * {@code sma-cross} over fast 5..100 step 5 × slow 10..200 step 10 with fast &lt; slow (300
 * combinations) on one year of 1m demo bars (seed 42) for 4 symbols, fee 0.06 %, all metrics.
 *
 * <p>nightjar runs the whole workload on its sweep runner (all cores). ta4j (0.17, {@code
 * DoubleNum}, its fastest number type) runs the same strategy rule — SMA cross up enters, cross
 * down exits — with a 0.06 % linear cost model and eight analysis criteria on a slice (the first
 * {@code --ta4j-bars} bars of DEMO-BTC and every {@code --ta4j-every}-th combination), on as many
 * threads; its rate is scaled per bar-combination. Each side runs {@value #WARM_UPS} times to warm
 * up (nightjar's first three runs in a fresh JVM are slow while C2 compiles), then {@code --runs}
 * times (default 5, for a steadier median); the median is reported.
 */
public final class SweepComparison {
  /** Whole runs of each side before the measured ones. */
  private static final int WARM_UPS = 5;

  private SweepComparison() {}

  public static void main(String[] args) {
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    int runs = intArg(args, "--runs", 5);
    int ta4jBars = intArg(args, "--ta4j-bars", 100_000);
    int ta4jEvery = intArg(args, "--ta4j-every", 30);
    System.out.printf(
        Locale.ROOT,
        "Workload: sma-cross, fast 5..100 step 5 x slow 10..200 step 10, fast < slow;"
            + " 4 demo symbols x 525,600 1m bars; fee 0.06%%; %d threads; SIMD kernels %s%n",
        threads,
        Simd.available() ? "on" : "off (no --add-modules=jdk.incubator.vector, or no AVX-512)");
    List<BarSeries> market = SyntheticMarket.generate(SynthSpec.demo());
    List<Combination> combos = grid();

    double nightjar = median(runs, () -> runNightjar(market, combos, threads));
    long nightjarBarCombos = (long) combos.size() * market.size() * market.get(0).size();
    double nightjarRate = nightjarBarCombos / nightjar;

    BarSeries btc = market.get(0).view(0, Math.min(ta4jBars, market.get(0).size()));
    org.ta4j.core.BarSeries ta4jSeries = toTa4j(btc);
    List<Combination> ta4jCombos = everyNth(combos, ta4jEvery);
    double ta4j = median(runs, () -> runTa4j(ta4jSeries, ta4jCombos, threads));
    double ta4jRate = (double) ta4jCombos.size() * btc.size() / ta4j;

    System.out.printf(
        Locale.ROOT,
        "%-8s %12s %16s %18s %12s%n",
        "engine",
        "combos",
        "bars",
        "combos/s",
        "bar-combos/s");
    System.out.printf(
        Locale.ROOT,
        "%-8s %12d %16d %18.1f %12.3g%n",
        "nightjar",
        combos.size() * market.size(),
        nightjarBarCombos,
        combos.size() * market.size() / nightjar,
        nightjarRate);
    System.out.printf(
        Locale.ROOT,
        "%-8s %12d %16d %18.1f %12.3g%n",
        "ta4j",
        ta4jCombos.size(),
        (long) ta4jCombos.size() * btc.size(),
        ta4jCombos.size() / ta4j,
        ta4jRate);
    System.out.printf(
        Locale.ROOT,
        "ratio (bar-combos/s): nightjar / ta4j = %.1fx; medians of %d runs after %d warm-ups%n",
        nightjarRate / ta4jRate,
        runs,
        WARM_UPS);
  }

  static List<Combination> grid() {
    List<Combination> out = new ArrayList<>();
    for (int fast = 5; fast <= 100; fast += 5) {
      for (int slow = 10; slow <= 200; slow += 10) {
        if (fast < slow) {
          out.add(new Combination(out.size(), 0, new double[] {fast, slow}));
        }
      }
    }
    return out;
  }

  /** Seconds for the whole workload on the sweep runner (no results log). */
  /** Combinations 0, {@code every}, 2 · {@code every}, … of {@code combos}: ta4j's slice. */
  static List<Combination> everyNth(List<Combination> combos, int every) {
    List<Combination> slice = new ArrayList<>();
    for (int i = 0; i < combos.size(); i += every) {
      slice.add(combos.get(i));
    }
    return slice;
  }

  static double runNightjar(List<BarSeries> market, List<Combination> combos, int threads) {
    TaskLayout layout = TaskLayout.of(market.size(), combos.size());
    Evaluator evaluator = evaluator(market, combos, layout);
    long start = System.nanoTime();
    ParallelRun.Outcome outcome =
        ParallelRun.run(
            layout,
            IntStream.range(0, layout.count()).toArray(),
            evaluator,
            threads,
            (task, rows) -> {},
            ProgressListener.NONE,
            () -> false,
            0);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!outcome.finished()) {
      throw new IllegalStateException("nightjar run stopped: " + outcome.stopReason());
    }
    return seconds;
  }

  /** The sweep's evaluator for the workload: sma-cross long-short, default engine settings. */
  static Evaluator evaluator(List<BarSeries> market, List<Combination> combos, TaskLayout layout) {
    int[] pending = new int[market.size()];
    Arrays.fill(pending, layout.tasksPerSymbol());
    return new Evaluator(
        market,
        List.of(
            new StrategySetup(
                MovingAverageCross.SMA, Direction.LONG_SHORT, EngineConfig.defaults())),
        combos::get,
        layout,
        pending);
  }

  /** Seconds for ta4j to backtest and analyse every combination on the series. */
  static double runTa4j(org.ta4j.core.BarSeries series, List<Combination> combos, int threads) {
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    List<AnalysisCriterion> criteria =
        List.of(
            new ReturnCriterion(),
            new MaximumDrawdownCriterion(),
            new NumberOfPositionsCriterion(),
            new NumberOfWinningPositionsCriterion(),
            new ExpectancyCriterion(),
            new SqnCriterion(),
            new ReturnOverMaxDrawdownCriterion(),
            new EnterAndHoldCriterion(new ReturnCriterion()));
    long start = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      double checksum =
          pool.submit(
                  () ->
                      combos.parallelStream()
                          .mapToDouble(
                              c -> {
                                SMAIndicator fast = new SMAIndicator(close, (int) c.param(0));
                                SMAIndicator slow = new SMAIndicator(close, (int) c.param(1));
                                BaseStrategy strategy =
                                    new BaseStrategy(
                                        new CrossedUpIndicatorRule(fast, slow),
                                        new CrossedDownIndicatorRule(fast, slow));
                                BarSeriesManager manager =
                                    new BarSeriesManager(
                                        series,
                                        new LinearTransactionCostModel(0.0006),
                                        new ZeroCostModel());
                                TradingRecord record = manager.run(strategy);
                                double sum = 0;
                                for (AnalysisCriterion k : criteria) {
                                  sum += k.calculate(series, record).doubleValue();
                                }
                                return sum;
                              })
                          .sum())
              .join();
      if (Double.isNaN(checksum)) {
        System.out.println("(some ta4j criteria were NaN)");
      }
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static org.ta4j.core.BarSeries toTa4j(BarSeries s) {
    org.ta4j.core.BarSeries series =
        new BaseBarSeriesBuilder()
            .withName(s.id().toString())
            .withNumTypeOf(DoubleNum.class)
            .build();
    Duration length = Duration.ofMillis(s.timeframe().millis());
    for (int i = 0; i < s.size(); i++) {
      ZonedDateTime end =
          ZonedDateTime.ofInstant(Instant.ofEpochMilli(s.time(i)), ZoneOffset.UTC).plus(length);
      series.addBar(
          new BaseBar(
              length,
              end,
              s.open(i),
              s.high(i),
              s.low(i),
              s.close(i),
              s.volume(i),
              0,
              0,
              DoubleNum::valueOf));
    }
    return series;
  }

  private static double median(int runs, java.util.function.DoubleSupplier run) {
    for (int i = 0; i < WARM_UPS; i++) {
      run.getAsDouble();
    }
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = run.getAsDouble();
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  /** The integer after {@code name} in {@code args}, else {@code fallback}. */
  static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
