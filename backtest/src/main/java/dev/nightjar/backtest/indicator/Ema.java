package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Exponential moving average, alpha = 2 / (period + 1): {@code out[i] = out[i-1] + alpha * (in[i] -
 * out[i-1])}, seeded with the simple mean of the first {@code period} finite inputs (TA-Lib's
 * convention). Warm-up {@code period - 1}; leading NaN inputs are skipped, so chained indicators
 * add their warm-ups. Interior NaN propagates to every later output. Matches TA-Lib EMA.
 */
public final class Ema {
  private Ema() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns {@code out}: sweeps reuse buffers and allocate nothing per combination. */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int start = Kernels.firstFinite(in);
    int first = Kernels.nanUntil(out, start + warmup(period));
    if (first >= in.length) {
      return;
    }
    double alpha = 2.0 / (period + 1);
    double ema = Kernels.sum(in, start, first + 1) / period;
    out[first] = ema;
    for (int i = first + 1; i < in.length; i++) {
      ema += alpha * (in[i] - ema);
      out[i] = ema;
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
