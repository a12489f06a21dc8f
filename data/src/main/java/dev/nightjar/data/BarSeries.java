package dev.nightjar.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable OHLCV series, stored by column: {@code long[]} open times (epoch milliseconds, UTC,
 * strictly ascending) and {@code double[]} open, high, low, close and volume. There is no object
 * per bar. A {@link #view(int, int) view} shares the arrays of its parent (no copy).
 *
 * <p>{@link #of} takes ownership of the arrays it is given; the column accessors ({@link #closes()}
 * and friends) return copies, so nothing outside can change a series. Bar-level validity (high ≥
 * low, positive prices…) is the importer's and validator's concern; a series only guarantees equal
 * column lengths and strictly ascending times.
 */
public final class BarSeries {
  private final SeriesId id;
  private final long[] time;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final double[] volume;
  private final int offset;
  private final int size;

  private BarSeries(
      SeriesId id,
      long[] time,
      double[] open,
      double[] high,
      double[] low,
      double[] close,
      double[] volume,
      int offset,
      int size) {
    this.id = id;
    this.time = time;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.volume = volume;
    this.offset = offset;
    this.size = size;
  }

  /**
   * Wraps the given columns without copying them; the caller must not modify them afterwards.
   *
   * @throws IllegalArgumentException when the lengths differ or the times are not strictly
   *     ascending (naming the first offending index)
   */
  public static BarSeries of(
      SeriesId id,
      long[] time,
      double[] open,
      double[] high,
      double[] low,
      double[] close,
      double[] volume) {
    Checks.notNull(id, "id");
    int n = Checks.notNull(time, "time").length;
    requireLength(open, n, "open");
    requireLength(high, n, "high");
    requireLength(low, n, "low");
    requireLength(close, n, "close");
    requireLength(volume, n, "volume");
    for (int i = 1; i < n; i++) {
      if (time[i] <= time[i - 1]) {
        throw new IllegalArgumentException(
            "times must be strictly ascending: time["
                + i
                + "] = "
                + time[i]
                + " <= time["
                + (i - 1)
                + "] = "
                + time[i - 1]);
      }
    }
    return new BarSeries(id, time, open, high, low, close, volume, 0, n);
  }

  private static void requireLength(double[] column, int n, String name) {
    if (Checks.notNull(column, name).length != n) {
      throw new IllegalArgumentException(
          name + " has " + column.length + " values but time has " + n);
    }
  }

  public SeriesId id() {
    return id;
  }

  public Symbol symbol() {
    return id.symbol();
  }

  public Timeframe timeframe() {
    return id.timeframe();
  }

  /** Number of bars. */
  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Open time of bar {@code i}, epoch ms UTC. */
  public long time(int i) {
    return time[offset + Objects.checkIndex(i, size)];
  }

  public double open(int i) {
    return open[offset + Objects.checkIndex(i, size)];
  }

  public double high(int i) {
    return high[offset + Objects.checkIndex(i, size)];
  }

  public double low(int i) {
    return low[offset + Objects.checkIndex(i, size)];
  }

  public double close(int i) {
    return close[offset + Objects.checkIndex(i, size)];
  }

  public double volume(int i) {
    return volume[offset + Objects.checkIndex(i, size)];
  }

  /** Open time of the first bar; the series must not be empty. */
  public long firstTime() {
    return time(0);
  }

  /** Open time of the last bar; the series must not be empty. */
  public long lastTime() {
    return time(size - 1);
  }

  /** A copy of the open times. */
  public long[] times() {
    return Arrays.copyOfRange(time, offset, offset + size);
  }

  /** A copy of the opens. */
  public double[] opens() {
    return Arrays.copyOfRange(open, offset, offset + size);
  }

  /** A copy of the highs. */
  public double[] highs() {
    return Arrays.copyOfRange(high, offset, offset + size);
  }

  /** A copy of the lows. */
  public double[] lows() {
    return Arrays.copyOfRange(low, offset, offset + size);
  }

  /** A copy of the closes. */
  public double[] closes() {
    return Arrays.copyOfRange(close, offset, offset + size);
  }

  /** A copy of the volumes. */
  public double[] volumes() {
    return Arrays.copyOfRange(volume, offset, offset + size);
  }

  /** Bars {@code [from, to)} as a view sharing this series' arrays. */
  public BarSeries view(int from, int to) {
    Checks.range(from, to, size);
    return new BarSeries(id, time, open, high, low, close, volume, offset + from, to - from);
  }

  /** Bars whose open time is in {@code [fromMillis, toMillis)}, as a view. */
  public BarSeries between(long fromMillis, long toMillis) {
    int from = lowerBound(fromMillis);
    int to = Math.max(from, lowerBound(toMillis));
    return view(from, to);
  }

  /** The index of the first bar whose open time is {@code >= t} ({@code size()} if none). */
  public int lowerBound(long t) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (time[offset + mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The same bars under another id (for example after a file import with an explicit symbol). */
  public BarSeries withId(SeriesId newId) {
    return new BarSeries(
        Checks.notNull(newId, "id"), time, open, high, low, close, volume, offset, size);
  }

  @Override
  public String toString() {
    return size == 0
        ? id + " (empty)"
        : id
            + " ("
            + size
            + " bars, "
            + TimeFormat.iso(firstTime())
            + " .. "
            + TimeFormat.iso(lastTime())
            + ")";
  }
}
