package dev.nightjar.backtest.indicator;

/**
 * True range: {@code max(high[i], close[i-1]) - min(low[i], close[i-1])}. Warm-up 1 (it needs the
 * previous close); leading NaNs (first bar where high, low and close are all finite) shift it;
 * interior NaN gives NaN at the bars that use it. Matches TA-Lib TRANGE.
 */
public final class TrueRange {
  private TrueRange() {}

  public static int warmup() {
    return 1;
  }

  /** The true range of one bar given the previous close. */
  static double of(double high, double low, double previousClose) {
    return Math.max(high, previousClose) - Math.min(low, previousClose);
  }

  /** Caller owns {@code out} (same length as the inputs). */
  public static void compute(double[] high, double[] low, double[] close, double[] out) {
    Kernels.sameLength(close, high, "high");
    Kernels.sameLength(close, low, "low");
    Kernels.sameLength(close, out, "out");
    int first = Kernels.nanUntil(out, Kernels.firstFinite(high, low, close) + warmup());
    for (int i = first; i < close.length; i++) {
      out[i] = of(high[i], low[i], close[i - 1]);
    }
  }

  public static double[] compute(double[] high, double[] low, double[] close) {
    double[] out = new double[close.length];
    compute(high, low, close, out);
    return out;
  }
}
