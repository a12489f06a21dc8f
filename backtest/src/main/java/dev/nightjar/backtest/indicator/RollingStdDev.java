package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Rolling population standard deviation: {@code sqrt(mean(x^2) - mean(x)^2)} over the last {@code
 * period} values (divisor {@code n}, as TA-Lib STDDEV with nbDev 1). Warm-up {@code period - 1};
 * leading NaNs shift it. O(1) per bar with shifted, periodically re-summed sums ({@link
 * RollingMoments}): no loss of precision at large price levels, variance clamped at 0. Interior
 * NaN: see the package doc. Matches TA-Lib STDDEV, except that TA-Lib returns 0 for variances below
 * 1e-8 whatever the price scale, where this kernel returns the computed value.
 */
public final class RollingStdDev {
  private RollingStdDev() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns {@code out} (same length as {@code in}); must not alias {@code in}. */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int first = Kernels.nanUntil(out, Kernels.firstFinite(in) + warmup(period));
    RollingMoments window = new RollingMoments(in, period);
    for (int i = first; i < in.length; i++) {
      window.moveTo(i);
      out[i] = Math.sqrt(window.variance());
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
