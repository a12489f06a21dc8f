package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Ichimoku cloud (not in TA-Lib), without look-ahead. With {@code mid(n)[i] = (max high + min low)
 * / 2} over the last {@code n} bars ({@link Donchian} middle): {@code tenkan = mid(tenkanPeriod)},
 * {@code kijun = mid(kijunPeriod)}; the leading spans are shifted forward by {@code d =
 * kijunPeriod} bars, so at bar {@code i} they are the values computed {@code d} bars earlier:
 * {@code spanA[i] = (tenkan[i-d] + kijun[i-d]) / 2}, {@code spanB[i] = mid(senkouPeriod)[i-d]}. The
 * lagging span (close shifted back) is omitted: aligned to the bar it is plotted on, it would look
 * ahead. All four outputs start together at warm-up {@code max(tenkan, kijun, senkou) - 1 + kijun}
 * (77 for 9/26/52); leading NaNs shift it; interior NaN: see the package doc.
 */
public final class Ichimoku {
  private Ichimoku() {}

  public static int warmup(int tenkanPeriod, int kijunPeriod, int senkouPeriod) {
    return Math.max(tenkanPeriod, Math.max(kijunPeriod, senkouPeriod)) - 1 + kijunPeriod;
  }

  /** Caller owns the four outputs (same length as the inputs). */
  public static void compute(
      double[] high,
      double[] low,
      int tenkanPeriod,
      int kijunPeriod,
      int senkouPeriod,
      double[] tenkan,
      double[] kijun,
      double[] spanA,
      double[] spanB) {
    Checks.atLeast(tenkanPeriod, 1, "tenkanPeriod");
    Checks.atLeast(kijunPeriod, 1, "kijunPeriod");
    Checks.atLeast(senkouPeriod, 1, "senkouPeriod");
    Kernels.sameLength(high, spanA, "spanA");
    Donchian.midpoint(high, low, tenkanPeriod, tenkan);
    Donchian.midpoint(high, low, kijunPeriod, kijun);
    Donchian.midpoint(high, low, senkouPeriod, spanB);
    int shift = kijunPeriod;
    for (int i = high.length - 1; i >= shift; i--) {
      spanA[i] = (tenkan[i - shift] + kijun[i - shift]) / 2;
      spanB[i] = spanB[i - shift];
    }
    int first = Kernels.firstFinite(high, low) + warmup(tenkanPeriod, kijunPeriod, senkouPeriod);
    Kernels.nanUntil(tenkan, first);
    Kernels.nanUntil(kijun, first);
    Kernels.nanUntil(spanA, first);
    Kernels.nanUntil(spanB, first);
  }
}
