package dev.nightjar.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * OHLCV columns that grow one bar at a time, for readers, merges and feeds that do not know the
 * number of bars in advance; {@link #toSeries} turns them into a validated {@link BarSeries}.
 * Amortized O(1) per bar (capacity grows by half). Not thread-safe.
 */
public final class BarBuffer {
  private long[] time;
  private double[] open;
  private double[] high;
  private double[] low;
  private double[] close;
  private double[] volume;
  private int size;

  /** An empty buffer with room for 1,024 bars. */
  public BarBuffer() {
    this(1024);
  }

  /**
   * @param capacity bars held before the first growth (&gt;= 0)
   */
  public BarBuffer(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
    }
    time = new long[capacity];
    open = new double[capacity];
    high = new double[capacity];
    low = new double[capacity];
    close = new double[capacity];
    volume = new double[capacity];
  }

  /** Appends one bar (no checks: {@link #toSeries} validates). */
  public void add(long t, double o, double h, double l, double c, double v) {
    if (size == time.length) {
      int n = Math.max(16, size + (size >> 1));
      time = Arrays.copyOf(time, n);
      open = Arrays.copyOf(open, n);
      high = Arrays.copyOf(high, n);
      low = Arrays.copyOf(low, n);
      close = Arrays.copyOf(close, n);
      volume = Arrays.copyOf(volume, n);
    }
    time[size] = t;
    open[size] = o;
    high[size] = h;
    low[size] = l;
    close[size] = c;
    volume[size] = v;
    size++;
  }

  /** Appends bar {@code i} of {@code s}. */
  public void add(BarSeries s, int i) {
    add(s.time(i), s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
  }

  /** Bars held. */
  public int size() {
    return size;
  }

  public long time(int i) {
    return time[Objects.checkIndex(i, size)];
  }

  public double open(int i) {
    return open[Objects.checkIndex(i, size)];
  }

  public double high(int i) {
    return high[Objects.checkIndex(i, size)];
  }

  public double low(int i) {
    return low[Objects.checkIndex(i, size)];
  }

  public double close(int i) {
    return close[Objects.checkIndex(i, size)];
  }

  public double volume(int i) {
    return volume[Objects.checkIndex(i, size)];
  }

  /**
   * The bars as a series (copies the columns).
   *
   * @throws IllegalArgumentException when the bars do not make a valid series (see {@link
   *     BarSeries#of})
   */
  public BarSeries toSeries(SeriesId id) {
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
