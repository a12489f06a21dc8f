package dev.nightjar.optimizer.robust;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Probabilistic Sharpe ratio (Bailey and López de Prado 2012, "The Sharpe Ratio Efficient
 * Frontier", Journal of Risk 15(2), eq. 11): the probability that the true Sharpe ratio exceeds a
 * benchmark {@code SR*}, given the observed one and the non-normality of the returns:
 *
 * <pre>
 *   PSR(SR*) = Φ( (SR^ − SR*) · sqrt(n − 1) / sqrt(1 − γ3·SR^ + (γ4 − 1)/4 · SR^²) )
 * </pre>
 *
 * with {@code SR^} the observed <b>per-period</b> (not annualized) Sharpe ratio, {@code n} the
 * number of return observations, {@code γ3} the skewness and {@code γ4} the <b>non-excess</b>
 * kurtosis (3 for normal returns) of the returns, as computed by {@link Moments}. Annualized ratios
 * must be divided by {@code sqrt(periods per year)} first.
 */
public final class ProbabilisticSharpe {
  static final NormalDistribution STANDARD_NORMAL =
      new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

  private ProbabilisticSharpe() {}

  /**
   * PSR from summary moments.
   *
   * @param sharpe observed per-period Sharpe ratio, finite
   * @param benchmark per-period benchmark Sharpe ratio {@code SR*}, finite
   * @param n number of return observations, at least 2
   * @param skewness skewness γ3 of the returns
   * @param kurtosis non-excess kurtosis γ4 of the returns (normal: 3)
   * @throws IllegalArgumentException if an argument is out of range or the variance term {@code 1 −
   *     γ3·SR^ + (γ4 − 1)/4·SR^²} is not positive (impossible for moments of a real sample, where
   *     {@code γ4 >= 1 + γ3²})
   */
  public static double psr(
      double sharpe, double benchmark, long n, double skewness, double kurtosis) {
    return STANDARD_NORMAL.cumulativeProbability(zScore(sharpe, benchmark, n, skewness, kurtosis));
  }

  /** PSR of a return series against {@code benchmark}, with its moments from {@link Moments}. */
  public static double psr(double[] returns, double benchmark) {
    return psr(Moments.of(returns), benchmark);
  }

  /** PSR from precomputed moments against {@code benchmark}. */
  public static double psr(Moments moments, double benchmark) {
    return psr(moments.sharpe(), benchmark, moments.n(), moments.skewness(), moments.kurtosis());
  }

  /** The standardized statistic inside Φ in the PSR formula above. */
  static double zScore(double sharpe, double benchmark, long n, double skewness, double kurtosis) {
    finite(sharpe, "sharpe");
    finite(benchmark, "benchmark");
    if (n < 2) {
      throw new IllegalArgumentException("n must be >= 2, got " + n);
    }
    finite(skewness, "skewness");
    finite(kurtosis, "kurtosis");
    double variance = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
    if (!(variance > 0)) {
      throw new IllegalArgumentException(
          "1 - skewness*sharpe + (kurtosis-1)/4*sharpe^2 must be > 0, got "
              + variance
              + " (sharpe "
              + sharpe
              + ", skewness "
              + skewness
              + ", kurtosis "
              + kurtosis
              + "; is kurtosis non-excess?)");
    }
    return (sharpe - benchmark) * Math.sqrt(n - 1.0) / Math.sqrt(variance);
  }

  private static void finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, got " + value);
    }
  }
}
