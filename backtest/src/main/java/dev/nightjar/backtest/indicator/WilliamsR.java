package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Williams %R: {@code -100 * (HH - close) / (HH - LL)} over the last {@code period} bars (0 where
 * {@code HH == LL}), in [-100, 0]. Warm-up {@code period - 1}; leading NaNs shift it; interior NaN:
 * see the package doc. O(n) with {@link SlidingExtreme} (scratch O(period)). Matches TA-Lib WILLR.
 */
public final class WilliamsR {
  private WilliamsR() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns {@code out} (same length as the inputs). */
  public static void compute(
      double[] high, double[] low, double[] close, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    range(high, low, close, period, out, false);
  }

  public static double[] compute(double[] high, double[] low, double[] close, int period) {
    double[] out = new double[close.length];
    compute(high, low, close, period, out);
    return out;
  }

  /**
   * Where the close sits in the high-low range of the last {@code period} bars: {@code 100 * (close
   * - LL) / (HH - LL)} when {@code fromLow} (stochastic fast %K), else {@code -100 * (HH - close) /
   * (HH - LL)} (%R); 0 where {@code HH == LL}.
   */
  static void range(
      double[] high, double[] low, double[] close, int period, double[] out, boolean fromLow) {
    Kernels.sameLength(close, high, "high");
    Kernels.sameLength(close, low, "low");
    Kernels.sameLength(close, out, "out");
    int start = Kernels.firstFinite(high, low, close);
    int first = Kernels.nanUntil(out, start + period - 1);
    SlidingExtreme highest = SlidingExtreme.max(high, period, start);
    SlidingExtreme lowest = SlidingExtreme.min(low, period, start);
    for (int i = start; i < close.length; i++) {
      double hh = highest.moveTo(i);
      double ll = lowest.moveTo(i);
      if (i >= first) {
        double span = hh - ll;
        if (span == 0) {
          out[i] = 0;
        } else {
          out[i] = fromLow ? 100 * ((close[i] - ll) / span) : -100 * ((hh - close[i]) / span);
        }
      }
    }
  }
}
