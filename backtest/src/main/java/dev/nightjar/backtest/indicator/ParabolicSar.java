package dev.nightjar.backtest.indicator;

/**
 * Wilder's parabolic SAR, as TA-Lib SAR. The first bar {@code s} only decides the initial
 * direction: short if bar {@code s+1} has a -DM ({@code low[s] - low[s+1] > 0} and larger than
 * {@code high[s+1] - high[s]}), long otherwise; the SAR starts at {@code low[s]} (long) or {@code
 * high[s]} (short) with the extreme point at bar {@code s+1}'s high (long) or low (short). Each
 * bar: {@code sar += af * (ep - sar)}, clamped so it never enters the previous two bars' range; a
 * new extreme raises {@code af} by {@code acceleration} up to {@code maximum}; a bar touching the
 * SAR reverses the position, with the SAR jumping to the extreme point. {@code out[i]} is the SAR
 * in force during bar {@code i}. Warm-up 1; leading NaNs shift it; interior NaN: see the package
 * doc.
 */
public final class ParabolicSar {
  private ParabolicSar() {}

  public static int warmup() {
    return 1;
  }

  /**
   * Caller owns {@code out} (same length as the inputs). Requires {@code 0 < acceleration <=
   * maximum}.
   */
  public static void compute(
      double[] high, double[] low, double acceleration, double maximum, double[] out) {
    if (!(acceleration > 0) || Double.isInfinite(acceleration)) {
      throw new IllegalArgumentException(
          "acceleration must be finite and > 0, got " + acceleration);
    }
    if (!(maximum >= acceleration) || Double.isInfinite(maximum)) {
      throw new IllegalArgumentException(
          "maximum must be finite and >= acceleration (" + acceleration + "), got " + maximum);
    }
    Kernels.sameLength(high, low, "low");
    Kernels.sameLength(high, out, "out");
    int start = Kernels.firstFinite(high, low);
    int first = Kernels.nanUntil(out, start + warmup());
    if (first >= high.length) {
      return;
    }
    double upMove = high[first] - high[start];
    double downMove = low[start] - low[first];
    boolean isLong = !(downMove > 0 && upMove < downMove);
    double sar = isLong ? low[start] : high[start];
    double ep = isLong ? high[first] : low[first];
    double af = acceleration;
    double newHigh = high[first];
    double newLow = low[first];
    for (int i = first; i < high.length; i++) {
      double prevHigh = newHigh;
      double prevLow = newLow;
      newHigh = high[i];
      newLow = low[i];
      if (isLong) {
        if (newLow <= sar) {
          isLong = false;
          sar = Math.max(ep, Math.max(prevHigh, newHigh));
          out[i] = sar;
          af = acceleration;
          ep = newLow;
          sar = Math.max(sar + af * (ep - sar), Math.max(prevHigh, newHigh));
        } else {
          out[i] = sar;
          if (newHigh > ep) {
            ep = newHigh;
            af = Math.min(af + acceleration, maximum);
          }
          sar = Math.min(sar + af * (ep - sar), Math.min(prevLow, newLow));
        }
      } else {
        if (newHigh >= sar) {
          isLong = true;
          sar = Math.min(ep, Math.min(prevLow, newLow));
          out[i] = sar;
          af = acceleration;
          ep = newHigh;
          sar = Math.min(sar + af * (ep - sar), Math.min(prevLow, newLow));
        } else {
          out[i] = sar;
          if (newLow < ep) {
            ep = newLow;
            af = Math.min(af + acceleration, maximum);
          }
          sar = Math.max(sar + af * (ep - sar), Math.max(prevHigh, newHigh));
        }
      }
    }
  }

  public static double[] compute(double[] high, double[] low, double acceleration, double maximum) {
    double[] out = new double[high.length];
    compute(high, low, acceleration, maximum, out);
    return out;
  }
}
