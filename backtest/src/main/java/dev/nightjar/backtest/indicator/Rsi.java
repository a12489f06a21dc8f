package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Wilder's relative strength index: {@code 100 * G / (G + L)}, G and L the Wilder-smoothed (alpha =
 * 1/period) gains and losses of {@code in[i] - in[i-1]}, each seeded with the mean of the first
 * {@code period} changes (TA-Lib's seeding); 0 where {@code G + L == 0}. In [0, 100]. Warm-up
 * {@code period} (one bar for the first change); leading NaNs shift it; interior NaN propagates.
 * Matches TA-Lib RSI (which also returns 0 when {@code G + L} is below 1e-8; here only at exact 0).
 */
public final class Rsi {
  private Rsi() {}

  public static int warmup(int period) {
    return period;
  }

  /** Caller owns {@code out} (same length as {@code in}). */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 2, "period");
    Kernels.sameLength(in, out, "out");
    int start = Kernels.firstFinite(in);
    int first = Kernels.nanUntil(out, start + warmup(period));
    EmaStage gains = EmaStage.wilder(period);
    EmaStage losses = EmaStage.wilder(period);
    for (int i = start + 1; i < in.length; i++) {
      double change = in[i] - in[i - 1];
      double gain = gains.next(change > 0 ? change : 0);
      double loss = losses.next(change < 0 ? -change : 0);
      if (i >= first) {
        double total = gain + loss;
        out[i] = total == 0 ? 0 : 100 * (gain / total);
      }
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
