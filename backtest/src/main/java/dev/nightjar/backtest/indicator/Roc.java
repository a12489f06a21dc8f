package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Rate of change in percent: {@code 100 * (in[i] / in[i-period] - 1)}; 0 where {@code in[i-period]
 * == 0} (TA-Lib's convention). Warm-up {@code period}; leading NaNs shift it; interior NaN gives
 * NaN at the two bars that use it. Matches TA-Lib ROC.
 */
public final class Roc {
  private Roc() {}

  public static int warmup(int period) {
    return period;
  }

  /** Caller owns {@code out} (same length as {@code in}); must not alias {@code in}. */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int first = Kernels.nanUntil(out, Kernels.firstFinite(in) + warmup(period));
    for (int i = first; i < in.length; i++) {
      double before = in[i - period];
      out[i] = before == 0 ? 0 : (in[i] / before - 1) * 100;
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
