package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Double exponential moving average: {@code 2*EMA(x) - EMA(EMA(x))}, each EMA seeded with the mean
 * of its first {@code period} inputs. Warm-up {@code 2*(period-1)}; leading NaNs shift it; interior
 * NaN propagates. Matches TA-Lib DEMA.
 */
public final class Dema {
  private Dema() {}

  public static int warmup(int period) {
    return 2 * (period - 1);
  }

  /** Caller owns {@code out} (same length as {@code in}). */
  public static void compute(double[] in, int period, double[] out) {
    Checks.atLeast(period, 1, "period");
    Kernels.sameLength(in, out, "out");
    int start = Kernels.firstFinite(in);
    Kernels.nanUntil(out, start);
    EmaStage e1 = EmaStage.ema(period);
    EmaStage e2 = EmaStage.ema(period);
    for (int i = start; i < in.length; i++) {
      double a = e1.next(in[i]);
      double b = Double.isNaN(a) ? a : e2.next(a);
      out[i] = 2 * a - b;
    }
  }

  public static double[] compute(double[] in, int period) {
    double[] out = new double[in.length];
    compute(in, period, out);
    return out;
  }
}
