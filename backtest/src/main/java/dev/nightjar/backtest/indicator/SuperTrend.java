package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * SuperTrend (not in TA-Lib), TradingView's definition. With {@code hl2 = (high + low) / 2} and
 * {@code atr = ATR(period)} (TA-Lib ATR): {@code up = hl2 - m*atr}, raised to {@code up[i-1]} when
 * {@code close[i-1] > up[i-1]} and that is higher; {@code dn = hl2 + m*atr}, lowered to {@code
 * dn[i-1]} when {@code close[i-1] < dn[i-1]} and that is lower. The trend starts at +1 on the first
 * bar; it turns +1 when {@code close[i] > dn[i-1]} and -1 when {@code close[i] < up[i-1]}. {@code
 * line = up} in an up-trend, {@code dn} in a down-trend; {@code direction} is +1 or -1. Warm-up
 * {@code period} (the ATR's); leading NaNs shift it; interior NaN propagates.
 */
public final class SuperTrend {
  private SuperTrend() {}

  public static int warmup(int period) {
    return Atr.warmup(period);
  }

  /** Caller owns {@code line} and {@code direction} (same length as the inputs). */
  public static void compute(
      double[] high,
      double[] low,
      double[] close,
      int period,
      double multiplier,
      double[] line,
      double[] direction) {
    Checks.finiteAtLeast(multiplier, 0, "multiplier");
    Kernels.sameLength(close, direction, "direction");
    Atr.compute(high, low, close, period, line);
    int first = Kernels.firstFinite(high, low, close) + warmup(period);
    Kernels.nanUntil(direction, first);
    double up = 0;
    double dn = 0;
    int trend = 1;
    for (int i = first; i < close.length; i++) {
      double hl2 = (high[i] + low[i]) / 2;
      double band = multiplier * line[i];
      double newUp = hl2 - band;
      double newDn = hl2 + band;
      if (i > first) {
        if (close[i - 1] > up) {
          newUp = Math.max(newUp, up);
        }
        if (close[i - 1] < dn) {
          newDn = Math.min(newDn, dn);
        }
        if (trend < 0 && close[i] > dn) {
          trend = 1;
        } else if (trend > 0 && close[i] < up) {
          trend = -1;
        }
      }
      up = newUp;
      dn = newDn;
      line[i] = trend > 0 ? up : dn;
      direction[i] = trend;
    }
  }
}
