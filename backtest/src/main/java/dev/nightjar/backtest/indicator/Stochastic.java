package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Stochastic oscillator, TA-Lib STOCH with SMA slowing: fast %K {@code = 100 * (close - LL) / (HH -
 * LL)} over {@code fastK} bars (0 where {@code HH == LL}), slow %K {@code = SMA(fast %K, slowK)},
 * %D {@code = SMA(slow %K, slowD)}. Both outputs in [0, 100] and start together at warm-up {@code
 * (fastK-1) + (slowK-1) + (slowD-1)} (TA-Lib's outBegIdx); leading NaNs shift it; interior NaN: see
 * the package doc. O(n): {@link SlidingExtreme} (scratch O(fastK)) and rolling sums.
 */
public final class Stochastic {
  private Stochastic() {}

  public static int warmup(int fastK, int slowK, int slowD) {
    return (fastK - 1) + (slowK - 1) + (slowD - 1);
  }

  /** Caller owns {@code k} and {@code d} (same length as the inputs). */
  public static void compute(
      double[] high,
      double[] low,
      double[] close,
      int fastK,
      int slowK,
      int slowD,
      double[] k,
      double[] d) {
    Checks.atLeast(fastK, 1, "fastK");
    Checks.atLeast(slowK, 1, "slowK");
    Checks.atLeast(slowD, 1, "slowD");
    Kernels.sameLength(close, k, "k");
    Kernels.sameLength(close, d, "d");
    WilliamsR.range(high, low, close, fastK, d, true);
    Sma.compute(d, slowK, k);
    Sma.compute(k, slowD, d);
    Kernels.nanUntil(k, Kernels.firstFinite(high, low, close) + warmup(fastK, slowK, slowD));
  }
}
