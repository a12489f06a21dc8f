package dev.nightjar.bench;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.Combination;
import java.util.List;
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
 * {@code nightjar bench}'s standard workload under JMH, both sides in one run so their ratio is
 * measured side by side (the same code as {@link SweepComparison}). Scores are bar-combinations per
 * second:
 *
 * <ul>
 *   <li>{@link #nightjar}: the whole workload, 300 {@code sma-cross} combinations × 4 demo symbols
 *       × 525,600 1m bars (630,720,000 bar-combinations) on the sweep runner, all cores;
 *   <li>{@link #ta4j}: ta4j 0.17 on its slice, every 30th combination (10) × the first 100,000 bars
 *       of DEMO-BTC (1,000,000 bar-combinations), as many threads.
 * </ul>
 *
 * One invocation is one whole workload (about a second), so each 2-second iteration times one or
 * two; three warm-up iterations let C2 finish compiling the kernels first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 3,
    jvmArgs = {"-Xmx4g", "--add-modules=jdk.incubator.vector"})
public class SweepBenchmark {
  private static final int SYMBOLS = 4;
  private static final int BARS = 525_600;
  private static final int TA4J_BARS = 100_000;
  private static final int TA4J_EVERY = 30;

  private List<BarSeries> market;
  private List<Combination> combos;
  private int threads;

  @Setup
  public void setUp() {
    market = SyntheticMarket.generate(SynthSpec.demo());
    if (market.size() != SYMBOLS || market.get(0).size() != BARS) {
      throw new IllegalStateException("the demo market is not 4 x 525,600 bars any more");
    }
    combos = SweepComparison.grid();
    if (combos.size() != 300) {
      throw new IllegalStateException("the workload changed: update @OperationsPerInvocation");
    }
    threads = Runtime.getRuntime().availableProcessors();
  }

  /**
   * ta4j's slice, a state of its own that only {@link #ta4j} creates. When the nightjar benchmark
   * ran with ta4j's 100,000 bar objects (and their prices and times) in its heap, the collector's
   * concurrent marking traced them on the two cores the sweep runs on, and 7 forks of 12 ran 15 %
   * slower (bench/RESULTS.md, eighth session).
   */
  @State(Scope.Benchmark)
  public static class Ta4jSlice {
    private org.ta4j.core.BarSeries series;
    private List<Combination> combos;

    @Setup
    public void setUp(SweepBenchmark workload) {
      series = SweepComparison.toTa4j(workload.market.get(0).view(0, TA4J_BARS));
      combos = SweepComparison.everyNth(workload.combos, TA4J_EVERY);
      if (combos.size() != 10) {
        throw new IllegalStateException("the workload changed: update @OperationsPerInvocation");
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(300 * SYMBOLS * BARS)
  public double nightjar() {
    return SweepComparison.runNightjar(market, combos, threads);
  }

  @Benchmark
  @OperationsPerInvocation(10 * TA4J_BARS)
  public double ta4j(Ta4jSlice slice) {
    return SweepComparison.runTa4j(slice.series, slice.combos, threads);
  }
}
