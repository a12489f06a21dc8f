package dev.nightjar.backtest.indicator;

/**
 * Mean and population variance of the last {@code period} values of an array, moved one bar at a
 * time in O(1). The sums are kept about a shift (a value of the window chosen at each exact
 * re-summation, every {@link Kernels#resyncEvery} bars), so large price levels do not cancel
 * catastrophically and drift stays bounded; the variance is clamped at 0.
 */
final class RollingMoments {
  private final double[] in;
  private final int period;
  private final int resyncEvery;
  private int untilResync;
  private double shift;
  private double sum;
  private double sumSquares;

  RollingMoments(double[] in, int period) {
    this.in = in;
    this.period = period;
    this.resyncEvery = Kernels.resyncEvery(period);
  }

  /** Moves the window to end at {@code i} (inclusive); calls take consecutive {@code i}. */
  void moveTo(int i) {
    if (untilResync == 0) {
      shift = in[i];
      sum = 0;
      sumSquares = 0;
      for (int j = i - period + 1; j <= i; j++) {
        double d = in[j] - shift;
        sum += d;
        sumSquares += d * d;
      }
      untilResync = resyncEvery;
    } else {
      double added = in[i] - shift;
      double removed = in[i - period] - shift;
      sum += added - removed;
      sumSquares += added * added - removed * removed;
    }
    untilResync--;
  }

  double mean() {
    return shift + sum / period;
  }

  double variance() {
    double m = sum / period;
    return Math.max(0, sumSquares / period - m * m);
  }
}
