package dev.nightjar.optimizer.robust;

import java.util.Arrays;

/**
 * Distributions from a {@link BlockBootstrap}, one entry per resample in resample order. Arrays
 * belong to this result (not copied; do not modify).
 *
 * @param maxDrawdowns maximum drawdown of each resampled compounded equity path, {@code max_t (1 −
 *     E_t / max_{s<=t} E_s)} with {@code E_0 = 1}, a fraction in [0, 1]
 * @param finalReturns compounded final return {@code prod (1 + r_i) − 1} of each resample
 */
public record BootstrapResult(double[] maxDrawdowns, double[] finalReturns) {
  /** The worst-case tail used by {@link #worstMaxDrawdown()} and {@link #worstFinalReturn()}. */
  public static final double WORST_CASE_TAIL = 0.05;

  /** Quantile of the maximum drawdowns, see {@link #quantile}. */
  public double maxDrawdownQuantile(double p) {
    return quantile(maxDrawdowns, p);
  }

  /** Quantile of the final returns, see {@link #quantile}. */
  public double finalReturnQuantile(double p) {
    return quantile(finalReturns, p);
  }

  /** 95th percentile of the maximum drawdown: only 5 % of resamples draw down deeper. */
  public double worstMaxDrawdown() {
    return maxDrawdownQuantile(1 - WORST_CASE_TAIL);
  }

  /** 5th percentile of the final return: only 5 % of resamples end lower. */
  public double worstFinalReturn() {
    return finalReturnQuantile(WORST_CASE_TAIL);
  }

  /**
   * Empirical quantile with linear interpolation between order statistics (Hyndman and Fan 1996
   * type 7, the R and NumPy default): with sorted {@code x[0..m-1]} and {@code h = (m − 1)·p},
   * {@code Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])}.
   */
  static double quantile(double[] values, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], got " + p);
    }
    double[] x = values.clone();
    Arrays.sort(x);
    double h = (x.length - 1) * p;
    int lo = (int) Math.floor(h);
    return lo + 1 < x.length ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
  }
}
