package dev.nightjar.backtest.indicator;

/**
 * On-balance volume: starts at {@code volume[s]} on the first bar {@code s} with finite close and
 * volume, then adds {@code volume[i]} when {@code close[i] > close[i-1]}, subtracts it when lower,
 * and carries when equal. Warm-up 0 (plus leading NaNs); interior NaN propagates. Matches TA-Lib
 * OBV.
 */
public final class Obv {
  private Obv() {}

  public static int warmup() {
    return 0;
  }

  /** Caller owns {@code out} (same length as the inputs). */
  public static void compute(double[] close, double[] volume, double[] out) {
    Kernels.sameLength(close, volume, "volume");
    Kernels.sameLength(close, out, "out");
    int first = Kernels.nanUntil(out, Kernels.firstFinite(close, volume) + warmup());
    if (first >= close.length) {
      return;
    }
    double obv = volume[first];
    out[first] = obv;
    double previous = close[first];
    for (int i = first + 1; i < close.length; i++) {
      double c = close[i];
      if (c > previous) {
        obv += volume[i];
      } else if (c < previous) {
        obv -= volume[i];
      }
      previous = c;
      out[i] = obv;
    }
  }

  public static double[] compute(double[] close, double[] volume) {
    double[] out = new double[close.length];
    compute(close, volume, out);
    return out;
  }
}
