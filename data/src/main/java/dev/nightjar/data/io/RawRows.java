package dev.nightjar.data.io;

import dev.nightjar.data.BarBuffer;
import dev.nightjar.data.DataException;
import dev.nightjar.data.Timeframe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rows as read from a file, in file order, in growable primitive columns (no object per row), each
 * with its 1-based line number. Rows that cannot be parsed are rejected: counted and the first
 * {@value #SAMPLES} kept as {@link DataException}s, or thrown at once when the reader is strict and
 * not told to drop them. In strict mode every row must also pass {@link BarCheck}.
 */
public final class RawRows {
  /** How many rejected rows are kept as samples. */
  public static final int SAMPLES = 20;

  private final Path file;
  private final Timeframe timeframe;
  private final boolean checkBars;
  private final boolean throwOnReject;
  private final BarBuffer bars = new BarBuffer();
  private int[] line = new int[1024];
  private final double[] parsed = new double[6];
  private long rowsRead;
  private int rejected;
  private boolean closeTimes;
  private boolean numberRows;
  private final List<DataException> samples = new ArrayList<>();

  /**
   * @param timeframe converts close times to open times and checks alignment; {@code null} only
   *     when {@code checkBars} is false
   * @param checkBars apply {@link BarCheck} to each row
   * @param throwOnReject throw the first rejected row's {@link DataException}
   */
  RawRows(Path file, Timeframe timeframe, boolean checkBars, boolean throwOnReject) {
    this.file = file;
    this.timeframe = timeframe;
    this.checkBars = checkBars;
    this.throwOnReject = throwOnReject;
  }

  /** Parses and keeps (or rejects) one row. */
  void accept(long lineNumber, RowFields row) {
    rowsRead++;
    for (Field f : Field.ALL) {
      if (row.isEmpty(f)) {
        fail(lineNumber, row.name(f), null, "missing value");
        return;
      }
    }
    long t = row.millis(Field.TIME);
    if (t == TimeText.INVALID) {
      fail(
          lineNumber,
          row.name(Field.TIME),
          row.text(Field.TIME),
          "expected epoch seconds/ms/µs/ns or an ISO-8601 date or date-time");
      return;
    }
    if (row.timeIsCloseTime()) {
      closeTimes |= timeframe == null;
      t = t + 1 - (timeframe == null ? 0 : timeframe.millis());
    }
    double[] v = parsed;
    for (int k = 1; k < 6; k++) {
      Field f = Field.ALL[k];
      v[k] = row.number(f);
      if (Double.isNaN(v[k])) {
        fail(lineNumber, row.name(f), row.text(f), "expected a number");
        return;
      }
    }
    double o = v[1];
    double h = v[2];
    double l = v[3];
    double c = v[4];
    double vol = v[5];
    if (checkBars) {
      BarCheck.Violation bad = BarCheck.check(t, o, h, l, c, vol, timeframe);
      if (bad != null) {
        Field f = Field.valueOf(bad.column().toUpperCase(Locale.ROOT));
        String problem =
            bad.kind() == BarCheck.Kind.OHLC_VIOLATION
                ? bad.problem()
                    + " (open "
                    + o
                    + ", high "
                    + h
                    + ", low "
                    + l
                    + ", close "
                    + c
                    + ")"
                : bad.problem();
        fail(lineNumber, row.name(f), row.text(f), problem);
        return;
      }
    }
    add(t, o, h, l, c, vol, lineNumber);
  }

  /** Counts and rejects a row that cannot be read at all (e.g. a wrong column count). */
  void rejectRow(long lineNumber, String column, String value, String problem) {
    rowsRead++;
    fail(lineNumber, column, value, problem);
  }

  /**
   * Adds the 1-based row number to messages: a JSON document may hold every row on one line (as
   * freqtrade's dumps do), where the line alone does not find the row.
   */
  void numberRowsInMessages() {
    numberRows = true;
  }

  private void fail(long lineNumber, String column, String value, String problem) {
    DataException e =
        new DataException(
            file,
            lineNumber,
            column,
            value,
            numberRows ? problem + " (row " + rowsRead + ")" : problem);
    if (throwOnReject) {
      throw e;
    }
    if (rejected < SAMPLES) {
      samples.add(e);
    }
    rejected++;
  }

  private void add(long t, double o, double h, double l, double c, double v, long lineNumber) {
    int i = bars.size();
    if (i == line.length) {
      line = Arrays.copyOf(line, i + (i >> 1));
    }
    line[i] = (int) Math.min(lineNumber, Integer.MAX_VALUE);
    bars.add(t, o, h, l, c, v);
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** Rows kept. */
  public int size() {
    return bars.size();
  }

  /** Data rows seen, kept or not. */
  public long rowsRead() {
    return rowsRead;
  }

  /** Rows rejected. */
  public int rejected() {
    return rejected;
  }

  /** The first {@value #SAMPLES} rejected rows, in file order. */
  public List<DataException> rejectedSamples() {
    return List.copyOf(samples);
  }

  public long time(int i) {
    return bars.time(i);
  }

  public double open(int i) {
    return bars.open(i);
  }

  public double high(int i) {
    return bars.high(i);
  }

  public double low(int i) {
    return bars.low(i);
  }

  public double close(int i) {
    return bars.close(i);
  }

  public double volume(int i) {
    return bars.volume(i);
  }

  /** The 1-based line of row {@code i} (for JSON, the line where the row starts). */
  public int line(int i) {
    return line[i];
  }

  /** Whether row {@code i} and row {@code j} have bit-identical open, high, low, close, volume. */
  public boolean sameValues(int i, int j) {
    return same(open(i), open(j))
        && same(high(i), high(j))
        && same(low(i), low(j))
        && same(close(i), close(j))
        && same(volume(i), volume(j));
  }

  private static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  /**
   * Whether some rows were read from a close time with no timeframe to convert it: their times are
   * {@code closeTime + 1}, and the caller subtracts the timeframe once it knows it.
   */
  public boolean hasUnshiftedCloseTimes() {
    return closeTimes;
  }

  /**
   * Row indices sorted by time, stable: rows with equal times stay in file order. An ascending file
   * costs one pass; otherwise a merge sort of the index permutation (no boxing).
   */
  public int[] sortedOrder() {
    int size = size();
    int[] idx = new int[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    boolean ascending = true;
    for (int i = 1; i < size && ascending; i++) {
      ascending = time(i - 1) <= time(i);
    }
    if (ascending) {
      return idx;
    }
    int[] tmp = new int[size];
    for (int width = 1; width < size; width *= 2) {
      for (int lo = 0; lo < size - width; lo += 2 * width) {
        merge(idx, tmp, lo, lo + width, Math.min(lo + 2 * width, size));
      }
    }
    return idx;
  }

  private void merge(int[] idx, int[] tmp, int lo, int mid, int hi) {
    if (time(idx[mid - 1]) <= time(idx[mid])) {
      return;
    }
    System.arraycopy(idx, lo, tmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && time(tmp[i]) <= time(tmp[j]))) {
        idx[k] = tmp[i++];
      } else {
        idx[k] = tmp[j++];
      }
    }
  }
}
