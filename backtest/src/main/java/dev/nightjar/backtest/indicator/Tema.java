package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Triple exponential moving average: {@code 3*e1 - 3*e2 + e3} with {@code e1 = EMA(x)}, {@code e2 =
 * EMA(e1)}, {@code e3 = EMA(e2)}, each seeded with the mean of its first {@code period} inputs.
 * Warm-up {@code 3*(period-1)}; leading NaNs shift it; interior NaN propagates. Matches TA-Lib
 * TEMA.
 */
public final class Tema {
  private Tema() {}

  public static int warmup(int period) {
    return 3 * (period - 1);
  }

  /** Caller owns {@code out} (same length as {@code in}). */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int start = Kernels.firstFinite(in);
    Kernels.nanUntil(out, start);
    EmaStage s1 = EmaStage.ema(period);
    EmaStage s2 = EmaStage.ema(period);
    EmaStage s3 = EmaStage.ema(period);
    for (int i = start; i < in.length; i++) {
      double e1 = s1.next(in[i]);
      double e2 = Double.isNaN(e1) ? e1 : s2.next(e1);
      double e3 = Double.isNaN(e2) ? e2 : s3.next(e2);
      out[i] = 3 * e1 - 3 * e2 + e3;
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
