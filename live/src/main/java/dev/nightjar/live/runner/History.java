package dev.nightjar.live.runner;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import java.util.Arrays;

/** The bars a runner has seen, growing one closed bar at a time; owned by the decision thread. */
final class History {
  private final SeriesId id;
  private long[] time = new long[1024];
  private double[] open = new double[1024];
  private double[] high = new double[1024];
  private double[] low = new double[1024];
  private double[] close = new double[1024];
  private double[] volume = new double[1024];
  private int size;

  History(SeriesId id) {
    this.id = id;
  }

  int size() {
    return size;
  }

  long lastTime() {
    return size == 0 ? Long.MIN_VALUE : time[size - 1];
  }

  /** Appends {@code bar}; its time must be after the last one's and on the timeframe's grid. */
  void append(Bar bar) {
    if (size > 0 && bar.time() <= time[size - 1]) {
      throw new IllegalArgumentException(
          "bar at " + bar.time() + " is not after the last bar at " + time[size - 1]);
    }
    if (size == time.length) {
      int n = size * 2;
      time = Arrays.copyOf(time, n);
      open = Arrays.copyOf(open, n);
      high = Arrays.copyOf(high, n);
      low = Arrays.copyOf(low, n);
      close = Arrays.copyOf(close, n);
      volume = Arrays.copyOf(volume, n);
    }
    time[size] = bar.time();
    open[size] = bar.open();
    high[size] = bar.high();
    low[size] = bar.low();
    close[size] = bar.close();
    volume[size] = bar.volume();
    size++;
  }

  /** Every bar so far, as a validated series (copies the columns). */
  BarSeries series() {
    return BarSeries.of(
        id,
        Arrays.copyOf(time, size),
        Arrays.copyOf(open, size),
        Arrays.copyOf(high, size),
        Arrays.copyOf(low, size),
        Arrays.copyOf(close, size),
        Arrays.copyOf(volume, size));
  }
}
