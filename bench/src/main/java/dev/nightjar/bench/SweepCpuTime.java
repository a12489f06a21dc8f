package dev.nightjar.bench;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.PriceColumns;
import dev.nightjar.backtest.engine.SparseTargets;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.MovingAverageCross;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The sweep workload of {@link SweepComparison} on one symbol and one thread, timed in that
 * thread's CPU time rather than wall time, so that other processes on a shared machine inflate it
 * far less: ns per bar-combination for the whole evaluation and for the targets alone (the crossing
 * scan; the rest is the engine and metrics). Runs the 300 combinations {@code --reps} times
 * (default 7) and prints each pass and the median. Usage: {@code java -cp
 * bench/target/benchmarks.jar dev.nightjar.bench.SweepCpuTime [--symbol 0..3] [--reps N]}.
 */
public final class SweepCpuTime {
  private SweepCpuTime() {}

  public static void main(String[] args) {
    int symbol = intArg(args, "--symbol", 0);
    int reps = intArg(args, "--reps", 7);
    BarSeries s = SyntheticMarket.generate(SynthSpec.demo()).get(symbol);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    FeatureCache features = new FeatureCache(s);
    PriceColumns columns = PriceColumns.of(s);
    SparseTargets targets = new SparseTargets();
    double[] out = new double[Metric.count()];
    EngineConfig config = EngineConfig.defaults();
    double[] total = new double[reps];
    double[] scan = new double[reps];
    double checksum = 0;
    for (int rep = 0; rep < reps; rep++) {
      long start = mx.getCurrentThreadCpuTime();
      long scanNanos = 0;
      int combos = 0;
      for (int fast = 5; fast <= 100; fast += 5) {
        for (int slow = 10; slow <= 200; slow += 10) {
          if (fast >= slow) {
            continue;
          }
          long t = mx.getCurrentThreadCpuTime();
          MovingAverageCross.SMA.sparseTargets(features, new double[] {fast, slow}, targets);
          scanNanos += mx.getCurrentThreadCpuTime() - t;
          Engine.metrics(columns, targets, config, out);
          checksum += out[Metric.FINAL_EQUITY.ordinal()];
          combos++;
        }
      }
      double barCombos = (double) combos * s.size();
      total[rep] = (mx.getCurrentThreadCpuTime() - start) / barCombos;
      scan[rep] = scanNanos / barCombos;
      System.out.printf(
          Locale.ROOT,
          "pass %d: %.2f ns/bar-combo CPU (targets %.2f, engine + metrics %.2f)%n",
          rep,
          total[rep],
          scan[rep],
          total[rep] - scan[rep]);
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d bars, 1 thread: median %.2f ns/bar-combo CPU (targets %.2f); checksum %.6g%n",
        s.id(),
        s.size(),
        median(total),
        median(scan),
        checksum);
  }

  private static double median(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
