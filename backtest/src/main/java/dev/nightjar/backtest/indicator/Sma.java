package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Simple moving average: {@code out[i] = (in[i-n+1] + ... + in[i]) / n} for period {@code n}.
 * Warm-up {@code n - 1} bars after the first finite input (leading NaNs shift it, so chained
 * indicators add their warm-ups); NaN before. A rolling sum, re-summed exactly every {@code
 * max(1024, n)} bars so it does not drift on long series. Interior NaN: see the package doc.
 * Matches TA-Lib SMA.
 */
public final class Sma {
  private Sma() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns {@code out} (same length as {@code in}); must not alias {@code in}. */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int first = Kernels.nanUntil(out, Kernels.firstFinite(in) + warmup(period));
    int resyncEvery = Kernels.resyncEvery(period);
    for (int chunk = first; chunk < in.length; chunk += resyncEvery) {
      int end = Math.min(in.length, chunk + resyncEvery);
      double sum = Kernels.sum(in, chunk - period + 1, chunk + 1);
      out[chunk] = sum / period;
      for (int i = chunk + 1; i < end; i++) {
        sum += in[i] - in[i - period];
        out[i] = sum / period;
      }
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
