package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Rolling z-score (not in TA-Lib): {@code (in[i] - mean) / sd}, mean and population standard
 * deviation over the last {@code period} values including {@code in[i]}; 0 where {@code sd == 0} (a
 * constant window). Warm-up {@code period - 1}; leading NaNs shift it; interior NaN: see the
 * package doc. O(1) per bar ({@link RollingMoments}).
 */
public final class ZScore {
  private ZScore() {}

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
      double sd = Math.sqrt(window.variance());
      out[i] = sd == 0 ? 0 : (in[i] - window.mean()) / sd;
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
