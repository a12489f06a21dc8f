package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Bollinger bands: {@code middle = SMA(period)}, {@code upper/lower = middle ± k * sd}, sd the
 * population standard deviation of the same window (TA-Lib BBANDS with MA type SMA and nbDevUp =
 * nbDevDn = k). Warm-up {@code period - 1}; leading NaNs shift it; interior NaN: see the package
 * doc. O(1) per bar ({@link RollingMoments}). {@code upper >= middle >= lower} always.
 */
public final class BollingerBands {
  private BollingerBands() {}

  public static int warmup(int period) {
    return period - 1;
  }

  /** Caller owns the three outputs (same length as {@code in}); they must not alias {@code in}. */
  public static void compute(
      double[] in, int period, double k, double[] upper, double[] middle, double[] lower) {
    Checks.atLeast(period, 1, "period");
    Checks.finiteAtLeast(k, 0, "k");
    Kernels.sameLength(in, upper, "upper");
    Kernels.sameLength(in, middle, "middle");
    Kernels.sameLength(in, lower, "lower");
    int first = Kernels.firstFinite(in) + warmup(period);
    Kernels.nanUntil(upper, first);
    Kernels.nanUntil(middle, first);
    Kernels.nanUntil(lower, first);
    RollingMoments window = new RollingMoments(in, period);
    for (int i = first; i < in.length; i++) {
      window.moveTo(i);
      double mean = window.mean();
      double width = k * Math.sqrt(window.variance());
      upper[i] = mean + width;
      middle[i] = mean;
      lower[i] = mean - width;
    }
  }
}
