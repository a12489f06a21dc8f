package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Keltner channel (not in TA-Lib), modern form: {@code middle = EMA(close, period)} (TA-Lib EMA),
 * {@code upper/lower = middle ± multiplier * ATR(atrPeriod)} (TA-Lib ATR). Warm-up {@code
 * max(period - 1, atrPeriod)}; all three lines start together; leading NaNs shift it; interior NaN
 * propagates.
 */
public final class Keltner {
  private Keltner() {}

  public static int warmup(int period, int atrPeriod) {
    return Math.max(period - 1, atrPeriod);
  }

  /**
   * Caller owns the three outputs (same length as the inputs); {@code lower} is used as scratch.
   */
  public static void compute(
      double[] high,
      double[] low,
      double[] close,
      int period,
      double multiplier,
      int atrPeriod,
      double[] upper,
      double[] middle,
      double[] lower) {
    Checks.finiteAtLeast(multiplier, 0, "multiplier");
    Kernels.sameLength(close, upper, "upper");
    Ema.compute(close, period, middle);
    Atr.compute(high, low, close, atrPeriod, lower);
    int first =
        Math.max(
            Kernels.firstFinite(close) + period - 1,
            Kernels.firstFinite(high, low, close) + atrPeriod);
    Kernels.nanUntil(upper, first);
    Kernels.nanUntil(middle, first);
    Kernels.nanUntil(lower, first);
    for (int i = first; i < close.length; i++) {
      double width = multiplier * lower[i];
      upper[i] = middle[i] + width;
      lower[i] = middle[i] - width;
    }
  }
}
