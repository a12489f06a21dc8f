package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Rolling volume-weighted average price (not in TA-Lib): {@code sum(tp * volume) / sum(volume)}
 * over the last {@code period} bars including the current one, {@code tp = (high + low + close) /
 * 3}; NaN where every volume of the window is 0 (counted exactly, not by the rounded sum). Warm-up
 * {@code period - 1}; leading NaNs (first bar with all four inputs finite) shift it; interior NaN:
 * see the package doc. O(1) per bar, sums re-summed exactly every {@code max(1024, period)} bars.
 */
public final class RollingVwap {
  private RollingVwap() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns {@code out} (same length as the inputs). */
  public static void compute(
      double[] high, double[] low, double[] close, double[] volume, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(close, high, "high");
    Kernels.sameLength(close, low, "low");
    Kernels.sameLength(close, volume, "volume");
    Kernels.sameLength(close, out, "out");
    int first =
        Kernels.nanUntil(out, Kernels.firstFinite(high, low, close, volume) + warmup(period));
    int resyncEvery = Kernels.resyncEvery(period);
    for (int chunk = first; chunk < close.length; chunk += resyncEvery) {
      int end = Math.min(close.length, chunk + resyncEvery);
      double priceVolume = 0;
      double totalVolume = 0;
      int traded = 0;
      for (int j = chunk - period + 1; j <= chunk; j++) {
        priceVolume += typical(high, low, close, j) * volume[j];
        totalVolume += volume[j];
        traded += volume[j] != 0 ? 1 : 0;
      }
      out[chunk] = traded == 0 ? Double.NaN : priceVolume / totalVolume;
      for (int i = chunk + 1; i < end; i++) {
        int old = i - period;
        priceVolume +=
            typical(high, low, close, i) * volume[i] - typical(high, low, close, old) * volume[old];
        totalVolume += volume[i] - volume[old];
        traded += (volume[i] != 0 ? 1 : 0) - (volume[old] != 0 ? 1 : 0);
        out[i] = traded == 0 ? Double.NaN : priceVolume / totalVolume;
      }
    }
  }

  private static double typical(double[] high, double[] low, double[] close, int i) {
    return (high[i] + low[i] + close[i]) / 3;
  }
}
