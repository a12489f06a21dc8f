package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Linearly weighted moving average: {@code out[i] = sum_{j=1..n} j * in[i-n+j] / (n(n+1)/2)}, the
 * newest bar weighted {@code n}. Warm-up {@code n - 1}; leading NaNs shift it. O(1) per bar through
 * the update {@code W_i = W_{i-1} + n*in[i] - S_{i-1}} (S the plain window sum), re-summed exactly
 * every {@code max(1024, n)} bars. Interior NaN: see the package doc. Matches TA-Lib WMA.
 */
public final class Wma {
  private Wma() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns {@code out} (same length as {@code in}); must not alias {@code in}. */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int first = Kernels.nanUntil(out, Kernels.firstFinite(in) + warmup(period));
    double divisor = period * (period + 1.0) / 2.0;
    int resyncEvery = Kernels.resyncEvery(period);
    for (int chunk = first; chunk < in.length; chunk += resyncEvery) {
      int end = Math.min(in.length, chunk + resyncEvery);
      double sum = 0;
      double weighted = 0;
      for (int j = 1; j <= period; j++) {
        double x = in[chunk - period + j];
        sum += x;
        weighted += j * x;
      }
      out[chunk] = weighted / divisor;
      for (int i = chunk + 1; i < end; i++) {
        weighted += period * in[i] - sum;
        sum += in[i] - in[i - period];
        out[i] = weighted / divisor;
      }
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
