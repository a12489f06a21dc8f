package dev.nightjar.bench;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.MetricsRun;
import dev.nightjar.backtest.engine.PriceColumns;
import dev.nightjar.backtest.engine.SparseTargets;
import dev.nightjar.backtest.indicator.Sma;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Signals;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.run.Evaluator;
import dev.nightjar.optimizer.run.TaskLayout;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The engine's share of {@link SweepCpuTime}: the same combinations on DEMO-BTC with their targets
 * (sma-cross crossings) found once beforehand, then each task's runs advanced together block by
 * block as the sweep does ({@link MetricsRun}, {@link Evaluator#BLOCK_BARS} bars), timed in CPU
 * time on one thread. Without the crossing scan and the SMA lines in the timing, a change to the
 * simulation or the metrics shows above this machine's noise. Prints ns per bar-combination per
 * pass, the median, and a hash of every metric of every combination, which must not change when
 * only speed does. Usage: {@code java --add-modules=jdk.incubator.vector -cp
 * bench/target/benchmarks.jar dev.nightjar.bench.EngineCpuTime [--reps N]}.
 */
public final class EngineCpuTime {
  private EngineCpuTime() {}

  public static void main(String[] args) {
    int reps = SweepComparison.intArg(args, "--reps", 7);
    BarSeries series = SyntheticMarket.generate(SynthSpec.demo()).get(0);
    PriceColumns columns = PriceColumns.of(series);
    List<Combination> combos = SweepComparison.grid();
    List<SparseTargets> targets = new ArrayList<>();
    for (Combination c : combos) {
      double[] fast = Sma.compute(series.closes(), (int) c.params()[0]);
      double[] slow = Sma.compute(series.closes(), (int) c.params()[1]);
      SparseTargets t = new SparseTargets();
      Signals.crossings(fast, slow, slow, 0, series.size(), t);
      targets.add(t);
    }
    TaskLayout layout = TaskLayout.of(1, combos.size());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] perBarCombo = new double[reps];
    long hash = 0;
    for (int rep = 0; rep < reps; rep++) {
      hash = 0;
      long start = mx.getCurrentThreadCpuTime();
      for (int task = 0; task < layout.count(); task++) {
        hash = runTask(columns, targets.subList(layout.from(task), layout.to(task)), hash);
      }
      perBarCombo[rep] =
          (mx.getCurrentThreadCpuTime() - start) / ((double) combos.size() * series.size());
      System.out.printf(Locale.ROOT, "pass %d: %.3f ns/bar-combo CPU%n", rep, perBarCombo[rep]);
    }
    Arrays.sort(perBarCombo);
    System.out.printf(
        Locale.ROOT,
        "%s, %d bars, %d combinations, 1 thread, engine only: median %.3f ns/bar-combo CPU;"
            + " metrics hash %016x%n",
        series.id(),
        series.size(),
        combos.size(),
        perBarCombo[reps / 2],
        hash);
  }

  /**
   * Advances one task's runs together block by block; returns {@code hash} continued over all their
   * metrics in combination order (so the hash does not depend on how tasks cut the combinations).
   */
  private static long runTask(PriceColumns columns, List<SparseTargets> all, long hash) {
    int n = columns.size();
    MetricsRun[] runs = new MetricsRun[all.size()];
    int[] next = new int[all.size()];
    for (int k = 0; k < runs.length; k++) {
      runs[k] = new MetricsRun(columns, EngineConfig.defaults());
    }
    for (int from = 0; from < n; from += Evaluator.BLOCK_BARS) {
      int to = Math.min(n, from + Evaluator.BLOCK_BARS);
      for (int k = 0; k < runs.length; k++) {
        SparseTargets source = all.get(k);
        SparseTargets block = runs[k].targets();
        for (; next[k] < source.size() && source.bar(next[k]) < to; next[k]++) {
          block.add(source.bar(next[k]), source.value(next[k]));
        }
      }
      for (MetricsRun run : runs) {
        run.advance(to);
      }
    }
    double[] metrics = new double[Metric.count()];
    for (MetricsRun run : runs) {
      run.finish(metrics);
      for (double m : metrics) {
        hash = 31 * hash + Double.doubleToRawLongBits(m);
      }
    }
    return hash;
  }
}
