package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Commodity channel index: {@code (tp - SMA(tp)) / (0.015 * MD)}, {@code tp = (high + low + close)
 * / 3}, MD the mean absolute deviation of the last {@code period} typical prices from their mean; 0
 * where the numerator or MD is 0. Warm-up {@code period - 1}; leading NaNs shift it; interior NaN:
 * see the package doc. O(n * period), as TA-Lib: the mean deviation about a moving mean has no O(1)
 * update. Scratch: a ring of {@code period} typical prices. Matches TA-Lib CCI.
 */
public final class Cci {
  private Cci() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns {@code out} (same length as the inputs). */
  public static void compute(
      double[] high, double[] low, double[] close, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(close, high, "high");
    Kernels.sameLength(close, low, "low");
    Kernels.sameLength(close, out, "out");
    int start = Kernels.firstFinite(high, low, close);
    int first = Kernels.nanUntil(out, start + warmup(period));
    double[] ring = new double[period];
    for (int i = start; i < close.length; i++) {
      double tp = (high[i] + low[i] + close[i]) / 3;
      ring[(i - start) % period] = tp;
      if (i >= first) {
        double mean = 0;
        for (double x : ring) {
          mean += x;
        }
        mean /= period;
        double deviation = 0;
        for (double x : ring) {
          deviation += Math.abs(x - mean);
        }
        deviation /= period;
        double distance = tp - mean;
        out[i] = distance == 0 || deviation == 0 ? 0 : distance / (0.015 * deviation);
      }
    }
  }

  public static double[] compute(double[] high, double[] low, double[] close, int period) {
    double[] out = new double[close.length];
    compute(high, low, close, period, out);
    return out;
  }
}
