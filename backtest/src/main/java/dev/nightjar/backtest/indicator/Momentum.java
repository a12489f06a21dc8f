package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Momentum: {@code in[i] - in[i-period]}. Warm-up {@code period}; leading NaNs shift it; interior
 * NaN gives NaN at the two bars that use it. Matches TA-Lib MOM.
 */
public final class Momentum {
  private Momentum() {}

  public static int warmup(int period) {
    return period;
  }

  /** Caller owns {@code out} (same length as {@code in}); must not alias {@code in}. */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int first = Kernels.nanUntil(out, Kernels.firstFinite(in) + warmup(period));
    for (int i = first; i < in.length; i++) {
      out[i] = in[i] - in[i - period];
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
