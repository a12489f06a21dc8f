package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Rolling population standard deviation: {@code sqrt(mean(x^2) - mean(x)^2)} over the last {@code
 * period} values (divisor {@code n}, as TA-Lib STDDEV with nbDev 1). Warm-up {@code period - 1};
 * leading NaNs shift it. O(1) per bar with a Welford add-one/remove-one update and an exact
 * re-computation every {@link Kernels#resyncEvery} bars ({@link RollingMoments}), so its error
 * scales with the window's spread, not the price level. Interior NaN: see the package doc. Matches
 * TA-Lib STDDEV within 1e-9 in variance; a variance below {@code (1e-8 * mean)^2} is reported as 0
 * (TA-Lib instead zeroes variances below an absolute 1e-8, whatever the price scale).
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
