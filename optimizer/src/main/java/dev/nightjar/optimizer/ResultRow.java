package dev.nightjar.optimizer;

import dev.nightjar.backtest.metrics.Metric;
import java.util.Arrays;

/**
 * The outcome of one combination on one symbol: every metric (indexed by {@link Metric#ordinal()})
 * or, when the evaluation threw, the error message and NaN metrics.
 *
 * @param symbol index of the symbol in the sweep's sorted symbol list
 * @param combination {@link Combination#id()}
 * @param metrics {@link Metric#count()} values
 * @param error {@code null} on success, else what went wrong (one line)
 */
public record ResultRow(int symbol, int combination, double[] metrics, String error) {
  public ResultRow {
    if (metrics.length != Metric.count()) {
      throw new IllegalArgumentException(
          "expected " + Metric.count() + " metrics, got " + metrics.length);
    }
  }

  /** A failed evaluation: NaN metrics and the message. */
  public static ResultRow failed(int symbol, int combination, String error) {
    double[] nan = new double[Metric.count()];
    Arrays.fill(nan, Double.NaN);
    return new ResultRow(symbol, combination, nan, error == null ? "failed" : error);
  }

  public boolean failed() {
    return error != null;
  }

  public double metric(Metric m) {
    return metrics[m.ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResultRow r
        && r.symbol == symbol
        && r.combination == combination
        && Arrays.equals(r.metrics, metrics)
        && java.util.Objects.equals(r.error, error);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * symbol + combination) + Arrays.hashCode(metrics);
  }

  @Override
  public String toString() {
    return "ResultRow[symbol "
        + symbol
        + ", combination "
        + combination
        + (error != null ? ", error " + error : ", " + Arrays.toString(metrics))
        + "]";
  }
}
