package dev.nightjar.bench;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.PriceColumns;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.MovingAverageCross;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.data.BarSeries;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One sma-cross backtest (fast 10, slow 30) on 10⁶ 1m bars of a seeded random walk, on one core, in
 * bars per second:
 *
 * <ul>
 *   <li>{@link #engine}: {@link Engine#metrics(PriceColumns, double[], EngineConfig, double[])}
 *       with {@link EngineConfig#defaults()} (next-open fills, fee 0.0006, every metric) on targets
 *       computed in {@code @Setup}, the price columns prepared once per series as a sweep does.
 *       Goal: ≥ 100M bars/s.
 *   <li>{@link #targetsCached}: the strategy's targets from a {@link FeatureCache} that already
 *       holds both SMAs (what every combination after the first costs in a sweep): the crossing
 *       scan only.
 *   <li>{@link #targetsFresh}: the same from a new cache (close column copy, two SMAs, the scan):
 *       the first combination's cost.
 * </ul>
 *
 * Output arrays are allocated once in {@code @Setup}; only {@link #targetsFresh} allocates (its
 * cache and SMA arrays, as a real first run does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx2g"})
public class BacktestBenchmark {
  static final int BARS = 1_000_000;

  private static final Strategy STRATEGY = MovingAverageCross.SMA;
  private static final double[] PARAMS = {10, 30};

  private BarSeries series;
  private PriceColumns columns;
  private EngineConfig config;
  private FeatureCache warmCache;
  private double[] target;
  private double[] targetOut;
  private double[] metrics;

  @Setup
  public void prepare() {
    series = BenchData.randomWalk(BARS, 3);
    columns = PriceColumns.of(series);
    config = EngineConfig.defaults();
    warmCache = new FeatureCache(series);
    target = new double[BARS];
    STRATEGY.targets(warmCache, PARAMS, target);
    targetOut = new double[BARS];
    metrics = new double[Metric.count()];
  }

  @Benchmark
  @OperationsPerInvocation(BARS)
  public double[] engine() {
    Engine.metrics(columns, target, config, metrics);
    return metrics;
  }

  @Benchmark
  @OperationsPerInvocation(BARS)
  public double[] targetsCached() {
    STRATEGY.targets(warmCache, PARAMS, targetOut);
    return targetOut;
  }

  @Benchmark
  @OperationsPerInvocation(BARS)
  public double[] targetsFresh() {
    STRATEGY.targets(new FeatureCache(series), PARAMS, targetOut);
    return targetOut;
  }
}
