package dev.nightjar.bench;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.run.Evaluator;
import dev.nightjar.optimizer.run.TaskLayout;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sweep workload of {@link SweepComparison} on one symbol and one thread: the sweep's own
 * {@link Evaluator} (indicators, blocked targets and engine) runs every task of the symbol in turn,
 * timed in that thread's CPU time rather than wall time, so that other processes on a shared
 * machine inflate it far less. Prints ns per bar-combination for each pass and the median. Usage:
 * {@code java --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar
 * dev.nightjar.bench.SweepCpuTime [--symbol 0..3] [--reps N]} (default 7 passes; without the module
 * the sweep runs its scalar fallback, which makes this an A/B of the SIMD kernels).
 */
public final class SweepCpuTime {
  private SweepCpuTime() {}

  public static void main(String[] args) {
    int symbol = SweepComparison.intArg(args, "--symbol", 0);
    int reps = SweepComparison.intArg(args, "--reps", 7);
    List<BarSeries> market = List.of(SyntheticMarket.generate(SynthSpec.demo()).get(symbol));
    List<Combination> combos = SweepComparison.grid();
    TaskLayout layout = TaskLayout.of(1, combos.size());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double barCombos = (double) combos.size() * market.get(0).size();
    double[] total = new double[reps];
    double checksum = 0;
    for (int rep = 0; rep < reps; rep++) {
      Evaluator evaluator = SweepComparison.evaluator(market, combos, layout);
      long start = mx.getCurrentThreadCpuTime();
      for (int task = 0; task < layout.count(); task++) {
        for (ResultRow row : evaluator.evaluate(task)) {
          checksum += row.metric(Metric.FINAL_EQUITY);
        }
      }
      total[rep] = (mx.getCurrentThreadCpuTime() - start) / barCombos;
      System.out.printf(Locale.ROOT, "pass %d: %.2f ns/bar-combo CPU%n", rep, total[rep]);
    }
    double[] sorted = total.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s, %d bars, %d combinations, 1 thread: median %.2f ns/bar-combo CPU; checksum %.6g%n",
        market.get(0).id(),
        market.get(0).size(),
        combos.size(),
        sorted[reps / 2],
        checksum);
  }
}
