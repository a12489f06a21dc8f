package dev.nightjar.backtest.indicator;

/**
 * Mean and population variance of the last {@code period} values of an array, moved one bar at a
 * time in O(1) with Welford's add-one/remove-one update: {@code mean' = mean + (x_new - x_old) /
 * n}, {@code M2' = M2 + (x_new - x_old) * ((x_new - mean') + (x_old - mean))}. Its rounding errors
 * scale with the spread of the window, not with the price level (no cancellation of x² sums at
 * 1e6), and an exact two-pass re-computation every {@link Kernels#resyncEvery} bars bounds their
 * drift. The variance is clamped at 0, and a variance below {@code (1e-8 * mean)²}, far below any
 * price tick and what the update's rounding leaves behind in a constant window, is reported as 0.
 */
final class RollingMoments {
  private static final double ZERO_RELATIVE_VARIANCE = 1e-16;

  private final double[] in;
  private final int period;
  private final int resyncEvery;
  private int untilResync;
  private double shift;
  private double shiftedSum;
  private double mean;
  private double m2;

  RollingMoments(double[] in, int period) {
    this.in = in;
    this.period = period;
    this.resyncEvery = Kernels.resyncEvery(period);
  }

  /** Moves the window to end at {@code i} (inclusive); calls take consecutive {@code i}. */
  void moveTo(int i) {
    if (untilResync == 0) {
      shift = in[i];
      shiftedSum = 0;
      for (int j = i - period + 1; j <= i; j++) {
        shiftedSum += in[j] - shift;
      }
      mean = shift + shiftedSum / period;
      m2 = 0;
      for (int j = i - period + 1; j <= i; j++) {
        double d = in[j] - mean;
        m2 += d * d;
      }
      untilResync = resyncEvery;
    } else {
      double added = in[i];
      double removed = in[i - period];
      double delta = added - removed;
      shiftedSum += delta;
      double next = shift + shiftedSum / period;
      m2 += delta * ((added - next) + (removed - mean));
      mean = next;
    }
    untilResync--;
  }

  double mean() {
    return mean;
  }

  double variance() {
    double variance = m2 / period;
    return variance <= ZERO_RELATIVE_VARIANCE * mean * mean ? 0 : variance;
  }
}
