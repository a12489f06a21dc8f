package dev.nightjar.optimizer;

import dev.nightjar.backtest.metrics.Metric;

/**
 * A bound a ranked row must satisfy, such as {@code trades >= 10} ({@code minTrades}) or {@code
 * max_drawdown <= 0.5} ({@code maxDrawdown}). A NaN metric or a failed row never passes.
 *
 * @param metric the metric bounded
 * @param min smallest allowed value ({@code -Infinity} for none)
 * @param max largest allowed value ({@code +Infinity} for none)
 */
public record Filter(Metric metric, double min, double max) {
  public Filter {
    if (metric == null || Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException(
          "filter on " + metric + " needs min <= max, got " + min + ", " + max);
    }
  }

  public static Filter atLeast(Metric metric, double min) {
    return new Filter(metric, min, Double.POSITIVE_INFINITY);
  }

  public static Filter atMost(Metric metric, double max) {
    return new Filter(metric, Double.NEGATIVE_INFINITY, max);
  }

  public boolean passes(ResultRow row) {
    double v = row.metrics()[metric.ordinal()];
    return !row.failed() && v >= min && v <= max;
  }
}
