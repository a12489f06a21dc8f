package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Donchian channel (not in TA-Lib): {@code upper = max(high[i-n+1..i])}, {@code lower =
 * min(low[i-n+1..i])}, {@code middle = (upper + lower) / 2}; the window includes the current bar.
 * Warm-up {@code n - 1}; leading NaNs (first bar with finite high and low) shift it; interior NaN:
 * see the package doc. O(n) with {@link SlidingExtreme} (scratch O(period)).
 */
public final class Donchian {
  private Donchian() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns the three outputs (same length as the inputs). */
  public static void compute(
      double[] high, double[] low, int period, double[] upper, double[] middle, double[] lower) {
    Kernels.sameLength(high, upper, "upper");
    Kernels.sameLength(high, lower, "lower");
    channel(high, low, period, upper, middle, lower);
  }

  /** The middle line only: {@code (max high + min low) / 2} over the last {@code period} bars. */
  static void midpoint(double[] high, double[] low, int period, double[] middle) {
    channel(high, low, period, null, middle, null);
  }

  /** Writes the lines whose arrays are not null. */
  private static void channel(
      double[] high, double[] low, int period, double[] upper, double[] middle, double[] lower) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(high, low, "low");
    Kernels.sameLength(high, middle, "middle");
    int start = Kernels.firstFinite(high, low);
    int first = Kernels.nanUntil(middle, start + warmup(period));
    if (upper != null) {
      Kernels.nanUntil(upper, first);
      Kernels.nanUntil(lower, first);
    }
    SlidingExtreme highest = SlidingExtreme.max(high, period, start);
    SlidingExtreme lowest = SlidingExtreme.min(low, period, start);
    for (int i = start; i < high.length; i++) {
      double hh = highest.moveTo(i);
      double ll = lowest.moveTo(i);
      if (i >= first) {
        middle[i] = (hh + ll) / 2;
        if (upper != null) {
          upper[i] = hh;
          lower[i] = ll;
        }
      }
    }
  }
}
