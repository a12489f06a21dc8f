package dev.nightjar.optimizer.robust;

import dev.nightjar.data.Checks;

/**
 * The first four moments of a sample, computed in one numerically stable pass (Welford's update
 * extended to the third and fourth central sums, Terriberry 2007).
 *
 * <p>Conventions, chosen to match Bailey and López de Prado's PSR/DSR:
 *
 * <ul>
 *   <li>{@code stdev} is the sample standard deviation, {@code sqrt(M2 / (n - 1))};
 *   <li>{@code skewness} is the population skewness {@code g1 = (M3/n) / (M2/n)^(3/2)};
 *   <li>{@code kurtosis} is the population <b>non-excess</b> kurtosis {@code b2 = (M4/n) /
 *       (M2/n)^2} (3 for a normal distribution),
 * </ul>
 *
 * where {@code Mk = sum (x_i - mean)^k}. Commons Math's {@code Skewness} and {@code Kurtosis} are
 * the bias-corrected {@code G1} and the <em>excess</em> {@code G2} instead. For a constant sample
 * the skewness and kurtosis are NaN (0/0).
 *
 * @param n number of observations, at least 2
 * @param mean arithmetic mean
 * @param stdev sample standard deviation (divisor {@code n - 1}), finite and {@code >= 0}
 * @param skewness population skewness g1 (NaN when {@code stdev == 0})
 * @param kurtosis population non-excess kurtosis b2 (NaN when {@code stdev == 0})
 */
public record Moments(int n, double mean, double stdev, double skewness, double kurtosis) {
  public Moments {
    Checks.atLeast(n, 2, "n");
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean must be finite, got " + mean);
    }
    Checks.finiteAtLeast(stdev, 0, "stdev");
  }

  /** Moments of all values; every value must be finite. */
  public static Moments of(double[] values) {
    Checks.notNull(values, "values");
    Checks.atLeast(values.length, 2, "values.length");
    double mean = 0;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("values[" + i + "] must be finite, got " + x);
      }
      double n0 = i;
      double n1 = i + 1;
      double delta = x - mean;
      double deltaN = delta / n1;
      double deltaN2 = deltaN * deltaN;
      double term = delta * deltaN * n0;
      mean += deltaN;
      m4 += term * deltaN2 * (n1 * n1 - 3 * n1 + 3) + 6 * deltaN2 * m2 - 4 * deltaN * m3;
      m3 += term * deltaN * (n1 - 2) - 3 * deltaN * m2;
      m2 += term;
    }
    int n = values.length;
    double skewness = Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
    double kurtosis = n * m4 / (m2 * m2);
    return new Moments(n, mean, Math.sqrt(m2 / (n - 1)), skewness, kurtosis);
  }

  /**
   * Per-period Sharpe ratio {@code mean / stdev} of these returns (no risk-free rate: pass excess
   * returns if one applies). Zero for a constant zero sample, signed infinity for a constant
   * non-zero one.
   */
  public double sharpe() {
    return SharpeRatio.of(mean, stdev);
  }
}
