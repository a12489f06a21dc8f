package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Wilder's average true range: the {@link TrueRange} smoothed with alpha = 1/period, seeded with
 * the mean of the first {@code period} true ranges (TA-Lib's seeding). Warm-up {@code period} (the
 * first true range needs a previous close); leading NaNs shift it; interior NaN propagates. {@code
 * >= 0}. Matches TA-Lib ATR.
 */
public final class Atr {
  private Atr() {}

  public static int warmup(int period) {
    return period;
  }

  /** Caller owns {@code out} (same length as the inputs); it may alias none of them. */
  public static void compute(
      double[] high, double[] low, double[] close, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(close, high, "high");
    Kernels.sameLength(close, low, "low");
    Kernels.sameLength(close, out, "out");
    int start = Kernels.firstFinite(high, low, close);
    Kernels.nanUntil(out, start + 1);
    EmaStage atr = EmaStage.wilder(period);
    for (int i = start + 1; i < close.length; i++) {
      out[i] = atr.next(TrueRange.of(high[i], low[i], close[i - 1]));
    }
  }

  public static double[] compute(double[] high, double[] low, double[] close, int period) {
    double[] out = new double[close.length];
    compute(high, low, close, period, out);
    return out;
  }
}
