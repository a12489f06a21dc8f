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
    if (first >= in.length) {
      return;
    }
    double gain = 0;
    double loss = 0;
    for (int i = start + 1; i <= first; i++) {
      double change = in[i] - in[i - 1];
      gain += change > 0 ? change : 0;
      loss += change < 0 ? -change : 0;
    }
    gain /= period;
    loss /= period;
    out[first] = rsi(gain, loss);
    double alpha = 1.0 / period;
    for (int i = first + 1; i < in.length; i++) {
      double change = in[i] - in[i - 1];
      gain += alpha * (Math.max(change, 0) - gain);
      loss += alpha * (Math.max(-change, 0) - loss);
      out[i] = rsi(gain, loss);
    }
  }

  private static double rsi(double gain, double loss) {
    double total = gain + loss;
    return total == 0 ? 0 : 100 * (gain / total);
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
