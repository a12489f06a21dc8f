package dev.nightjar.backtest.metrics;

import dev.nightjar.data.Checks;
import java.util.Arrays;

/** An immutable set of metric values, indexed by {@link Metric}. */
public final class Metrics {
  private final double[] values;

  private Metrics(double[] values) {
    this.values = values;
  }

  /** Copies an array indexed by {@link Metric#ordinal()} of length {@link Metric#count()}. */
  public static Metrics of(double[] values) {
    if (Checks.notNull(values, "values").length != Metric.count()) {
      throw new IllegalArgumentException(
          "values must have " + Metric.count() + " entries, got " + values.length);
    }
    return new Metrics(values.clone());
  }

  public double get(Metric metric) {
    return values[metric.ordinal()];
  }

  /** A copy indexed by {@link Metric#ordinal()}. */
  public double[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Metrics m && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Metrics{");
    for (Metric m : Metric.values()) {
      sb.append(m.ordinal() == 0 ? "" : ", ").append(m.key()).append('=').append(get(m));
    }
    return sb.append('}').toString();
  }
}
