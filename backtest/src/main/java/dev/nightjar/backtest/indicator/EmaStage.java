package dev.nightjar.backtest.indicator;

/**
 * One exponential smoothing stage fed a value at a time: {@code s += alpha * (x - s)}, seeded with
 * the mean of the first {@code period} values (TA-Lib's seeding for EMA and Wilder smoothing). The
 * streaming building block of the chained averages ({@link Dema}, {@link Tema}, {@link Macd}) and
 * of {@link Atr}; a few fields, no arrays. {@link Ema} and {@link Rsi} inline the same recurrence.
 */
final class EmaStage {
  private final int period;
  private final double alpha;
  private int count;
  private double value;

  private EmaStage(int period, double alpha) {
    this.period = period;
    this.alpha = alpha;
  }

  /** EMA: alpha = 2 / (period + 1). */
  static EmaStage ema(int period) {
    return new EmaStage(period, 2.0 / (period + 1));
  }

  /** Wilder smoothing: alpha = 1 / period. */
  static EmaStage wilder(int period) {
    return new EmaStage(period, 1.0 / period);
  }

  /** Feeds {@code x}; returns the smoothed value after it, or NaN while still seeding. */
  double next(double x) {
    if (count >= period) {
      value += alpha * (x - value);
      return value;
    }
    value += x;
    if (++count == period) {
      value /= period;
      return value;
    }
    return Double.NaN;
  }
}
