package dev.nightjar.optimizer.validation;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import java.util.Arrays;

/**
 * Out-of-sample evaluation of targets on test windows, exactly and without look-ahead.
 *
 * <p>Targets are computed on the full series (indicators only look back, so the value at bar i
 * depends on bars {@code 0..i}: the warm-up of a test window comes from the bars before it, never
 * from inside it). A test window {@code [a, b)} is then simulated on the bars {@code [a, b)} alone,
 * starting flat with the window's own cash. Inside the window the target is the strategy's, except
 * that a NaN ("keep") at bar a becomes the last decided target before a, so a position the rule
 * holds when the window opens is entered at bar a+1's open instead of waiting for the next signal.
 * Between windows of one run (see {@link #span}) the target is 0: flat.
 */
public final class OutOfSample {
  private OutOfSample() {}

  /**
   * Copies {@code target[from..to)} into {@code span[from..to)}, with the carried-in decision at
   * {@code from} (see the class documentation).
   */
  public static void place(double[] target, int from, int to, double[] span) {
    if (from < 0 || from >= to || to > target.length || span.length != target.length) {
      throw new IllegalArgumentException(
          "need 0 <= from < to <= "
              + target.length
              + " and equal lengths, got "
              + from
              + ", "
              + to
              + ", "
              + span.length);
    }
    System.arraycopy(target, from, span, from, to - from);
    for (int i = from - 1; Double.isNaN(span[from]) && i >= 0; i--) {
      span[from] = target[i];
    }
  }

  /** A span target of {@code n} bars: all flat (0) until windows are {@link #place placed}. */
  public static double[] span(int n) {
    return new double[n];
  }

  /**
   * Every metric (by {@link Metric#ordinal()}) of the run over the bars {@code [from, to)} of
   * {@code series} with the span target's values there. Bars at or after {@code to} are never read.
   */
  public static double[] metrics(
      BarSeries series, double[] span, int from, int to, EngineConfig execution) {
    double[] out = new double[Metric.count()];
    Engine.metrics(series.view(from, to), Arrays.copyOfRange(span, from, to), execution, out);
    return out;
  }
}
