package dev.nightjar.optimizer;

import dev.nightjar.backtest.metrics.Metric;
import java.util.Comparator;

/**
 * What a sweep ranks by: one metric and whether more is better (by default the metric's own
 * direction). {@link #comparator()} orders best first; NaN and failed rows last; ties broken by
 * combination id, then symbol index, so a ranking never depends on evaluation order.
 */
public record Objective(Metric metric, boolean maximize) {
  public Objective {
    if (metric == null) {
      throw new IllegalArgumentException("objective metric must not be null");
    }
  }

  /** The metric in its natural direction. */
  public static Objective of(Metric metric) {
    return new Objective(metric, metric.higherIsBetter());
  }

  /** Best first. */
  public Comparator<ResultRow> comparator() {
    int ordinal = metric.ordinal();
    return (a, b) -> {
      double x = a.metrics()[ordinal];
      double y = b.metrics()[ordinal];
      boolean xBad = a.failed() || Double.isNaN(x);
      boolean yBad = b.failed() || Double.isNaN(y);
      if (xBad != yBad) {
        return xBad ? 1 : -1;
      }
      if (!xBad) {
        int c = maximize ? Double.compare(y, x) : Double.compare(x, y);
        if (c != 0) {
          return c;
        }
      }
      int c = Integer.compare(a.combination(), b.combination());
      return c != 0 ? c : Integer.compare(a.symbol(), b.symbol());
    };
  }

  /** The objective's value in a row. */
  public double value(ResultRow row) {
    return row.metrics()[metric.ordinal()];
  }
}
