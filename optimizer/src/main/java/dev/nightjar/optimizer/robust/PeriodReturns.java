package dev.nightjar.optimizer.robust;

import dev.nightjar.data.Checks;
import java.util.Arrays;

/**
 * An equity curve aggregated to fixed calendar periods (UTC buckets {@code [k·P, (k+1)·P)} of the
 * epoch, so one day = one UTC day): the return of period j is {@code E_j / E_{j−1} − 1}, with
 * {@code E_j} the equity at the close of period j's last bar and {@code E_{−1}} the equity at the
 * first bar's close (so the first period's return counts from the first bar). Periods without a bar
 * do not appear. A period after a non-positive equity returns 0.
 *
 * @param periodMillis P, the period length in ms
 * @param starts start of each period, epoch ms, strictly ascending
 * @param returns the return of each period, a fraction
 */
public record PeriodReturns(long periodMillis, long[] starts, double[] returns) {
  /** One UTC day, the default period. */
  public static final long DAY_MILLIS = 86_400_000L;

  public PeriodReturns {
    if (periodMillis < 1) {
      throw new IllegalArgumentException("periodMillis must be >= 1, got " + periodMillis);
    }
    if (starts.length != returns.length) {
      throw new IllegalArgumentException(
          "starts and returns must have equal length, got "
              + starts.length
              + ", "
              + returns.length);
    }
  }

  /**
   * Aggregates {@code equity[i]}, the equity at the close of the bar opening at {@code time[i]}.
   *
   * @param time bar open times, epoch ms, ascending
   * @param equity one value per bar, finite
   * @param periodMillis the period P, at least 1
   */
  public static PeriodReturns of(long[] time, double[] equity, long periodMillis) {
    Checks.notNull(time, "time");
    Checks.notNull(equity, "equity");
    if (periodMillis < 1) {
      throw new IllegalArgumentException("periodMillis must be >= 1, got " + periodMillis);
    }
    if (time.length != equity.length || time.length == 0) {
      throw new IllegalArgumentException(
          "time and equity must have the same non-zero length, got "
              + time.length
              + ", "
              + equity.length);
    }
    long[] starts = new long[time.length];
    double[] returns = new double[time.length];
    int periods = 0;
    double previous = equity[0];
    for (int i = 0; i < time.length; i++) {
      long start = Math.floorDiv(time[i], periodMillis) * periodMillis;
      boolean last =
          i + 1 == time.length || Math.floorDiv(time[i + 1], periodMillis) * periodMillis != start;
      if (last) {
        starts[periods] = start;
        returns[periods] = previous > 0 ? equity[i] / previous - 1 : 0;
        previous = equity[i];
        periods++;
      }
    }
    return new PeriodReturns(
        periodMillis, Arrays.copyOf(starts, periods), Arrays.copyOf(returns, periods));
  }

  /** Number of periods. */
  public int size() {
    return starts.length;
  }

  /**
   * These returns on another calendar: {@code calendar[k]}'s return where this series has that
   * period, 0 (not invested) where it has none.
   */
  public double[] on(long[] calendar) {
    double[] out = new double[calendar.length];
    int j = 0;
    for (int k = 0; k < calendar.length && j < starts.length; k++) {
      while (j < starts.length && starts[j] < calendar[k]) {
        j++;
      }
      if (j < starts.length && starts[j] == calendar[k]) {
        out[k] = returns[j];
      }
    }
    return out;
  }
}
