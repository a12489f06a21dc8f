package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Aroon: over the last {@code period + 1} bars, {@code up = 100 * (period - barsSinceHighestHigh) /
 * period} and {@code down = 100 * (period - barsSinceLowestLow) / period}, ties going to the most
 * recent bar (TA-Lib's convention); both in [0, 100]. Warm-up {@code period}; leading NaNs (first
 * bar with finite high and low) shift it; interior NaN: see the package doc. O(n) with {@link
 * SlidingExtreme} (scratch O(period)). Matches TA-Lib AROON (which multiplies by {@code 100 /
 * period} instead, and so can exceed 100 by an ulp).
 */
public final class Aroon {
  private Aroon() {}

  public static int warmup(int period) {
    return period;
  }

  /** Caller owns {@code down} and {@code up} (same length as the inputs). */
  public static void compute(double[] high, double[] low, int period, double[] down, double[] up) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(high, low, "low");
    Kernels.sameLength(high, down, "down");
    Kernels.sameLength(high, up, "up");
    int start = Kernels.firstFinite(high, low);
    int first = Kernels.nanUntil(down, start + warmup(period));
    Kernels.nanUntil(up, first);
    SlidingExtreme highest = SlidingExtreme.argMax(high, period + 1, start);
    SlidingExtreme lowest = SlidingExtreme.argMin(low, period + 1, start);
    for (int i = start; i < high.length; i++) {
      highest.moveTo(i);
      lowest.moveTo(i);
      if (i >= first) {
        up[i] = 100.0 * (period - (i - highest.index())) / period;
        down[i] = 100.0 * (period - (i - lowest.index())) / period;
      }
    }
  }
}
