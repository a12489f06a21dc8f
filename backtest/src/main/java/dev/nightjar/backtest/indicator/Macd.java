package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * MACD: {@code line = EMA(fast) - EMA(slow)}, {@code signal = EMA(line, signal)}, {@code hist =
 * line - signal}. TA-Lib's alignment: the slow EMA is seeded with the mean of the first {@code
 * slow} inputs, and the fast EMA with the mean of the {@code fast} inputs ending on that same bar
 * (its start is aligned with the slow one); the signal EMA is seeded with the mean of the first
 * {@code signal} line values. All three outputs start together at warm-up {@code (slow - 1) +
 * (signal - 1)}, as TA-Lib's outBegIdx; leading NaNs shift it; interior NaN propagates. Matches
 * TA-Lib MACD. Requires {@code fast < slow}.
 */
public final class Macd {
  private Macd() {}

  public static int warmup(int fast, int slow, int signal) {
    return (slow - 1) + (signal - 1);
  }

  /** Caller owns the three outputs (same length as {@code in}). */
  public static void compute(
      double[] in,
      int fast,
      int slow,
      int signal,
      double[] line,
      double[] signalOut,
      double[] hist) {
    Checks.atLeast(fast, 1, "fast");
    Checks.atLeast(signal, 1, "signal");
    if (slow <= fast) {
      throw new IllegalArgumentException("slow must be > fast (" + fast + "), got " + slow);
    }
    Kernels.sameLength(in, line, "line");
    Kernels.sameLength(in, signalOut, "signal");
    Kernels.sameLength(in, hist, "hist");
    int start = Kernels.firstFinite(in);
    int first = start + warmup(fast, slow, signal);
    Kernels.nanUntil(line, first);
    Kernels.nanUntil(signalOut, first);
    Kernels.nanUntil(hist, first);
    int fastStart = start + slow - fast;
    int lineStart = start + slow - 1;
    EmaStage slowEma = EmaStage.ema(slow);
    EmaStage fastEma = EmaStage.ema(fast);
    EmaStage signalEma = EmaStage.ema(signal);
    for (int i = start; i < in.length; i++) {
      double s = slowEma.next(in[i]);
      double f = i >= fastStart ? fastEma.next(in[i]) : Double.NaN;
      if (i >= lineStart) {
        double l = f - s;
        double g = signalEma.next(l);
        if (i >= first) {
          line[i] = l;
          signalOut[i] = g;
          hist[i] = l - g;
        }
      }
    }
  }
}
