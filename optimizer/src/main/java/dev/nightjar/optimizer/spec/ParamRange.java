package dev.nightjar.optimizer.spec;

import dev.nightjar.backtest.strategy.ParamSpec;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The levels one parameter takes in a sweep, strictly ascending. A stepped range {@code from, to,
 * step} gives {@code from + k·step} for {@code k = 0, 1, …} while {@code <= to} (inclusive),
 * computed in decimal so that {@code 0.1} steps give exactly {@code 0.1, 0.2, 0.3} as {@link
 * Double#parseDouble} reads them.
 *
 * @param name the parameter's name
 * @param levels the values, finite, strictly ascending, at least one
 */
public record ParamRange(String name, double[] levels) {
  public ParamRange {
    if (name == null || levels == null || levels.length == 0) {
      throw new IllegalArgumentException("a parameter range needs a name and at least one level");
    }
    levels = levels.clone();
    for (int i = 0; i < levels.length; i++) {
      if (!Double.isFinite(levels[i]) || (i > 0 && !(levels[i] > levels[i - 1]))) {
        throw new IllegalArgumentException(
            name + " levels must be finite and strictly ascending, got " + Arrays.toString(levels));
      }
    }
  }

  /** The explicit levels, sorted. */
  public static ParamRange of(String name, double... levels) {
    double[] sorted = levels.clone();
    Arrays.sort(sorted);
    return new ParamRange(name, sorted);
  }

  /**
   * Number of levels of the range {@code from..to} by {@code step}: {@code floor((to − from) /
   * step) + 1}, or 0 when {@code from > to}.
   *
   * @throws IllegalArgumentException when {@code step <= 0}
   */
  public static long count(BigDecimal from, BigDecimal to, BigDecimal step) {
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("step must be > 0, got " + step.toPlainString());
    }
    if (from.compareTo(to) > 0) {
      return 0;
    }
    BigDecimal n = to.subtract(from).divideToIntegralValue(step);
    return n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) >= 0
        ? Long.MAX_VALUE
        : n.longValueExact() + 1;
  }

  /**
   * The stepped range; see {@link #count} (which the caller should bound first).
   *
   * @throws IllegalArgumentException when the range is empty or has more than {@code 2^31 − 1}
   *     levels
   */
  public static ParamRange stepped(String name, BigDecimal from, BigDecimal to, BigDecimal step) {
    long n = count(from, to, step);
    if (n == 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " range must have 1 to 2^31 - 1 levels, got " + n);
    }
    double[] levels = new double[(int) n];
    BigDecimal v = from;
    for (int k = 0; k < levels.length; k++) {
      levels[k] = v.doubleValue();
      v = v.add(step);
    }
    return new ParamRange(name, levels);
  }

  @Override
  public double[] levels() {
    return levels.clone();
  }

  /** Number of levels. */
  public int size() {
    return levels.length;
  }

  /** Level {@code k}, without copying. */
  public double level(int k) {
    return levels[k];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParamRange r && r.name.equals(name) && Arrays.equals(r.levels, levels);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(levels);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append(" [");
    for (int k = 0; k < levels.length; k++) {
      sb.append(k == 0 ? "" : ", ").append(ParamSpec.format(levels[k]));
    }
    return sb.append(']').toString();
  }
}
