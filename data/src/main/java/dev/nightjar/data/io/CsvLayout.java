package dev.nightjar.data.io;

import dev.nightjar.data.DataException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the six values sit in the rows of a CSV dialect, and how many cells a row must have. One
 * factory per dialect: {@link #generic} (header names), {@link #binance} (fixed kline columns) and
 * {@link #cryptoDataDownload} (CryptoDataDownload header).
 *
 * @param columns cell index of each {@link Field}, by ordinal
 * @param names column name of each {@link Field} for messages
 * @param width the exact number of cells a row must have
 */
record CsvLayout(int[] columns, String[] names, int width) {
  private static final List<String> TIME_NAMES =
      List.of(
          "time",
          "timestamp",
          "timestampms",
          "date",
          "datetime",
          "opentime",
          "unix",
          "unixtimestamp",
          "start",
          "ts");

  /** Binance kline CSV: 12 cells, open time (ms or µs) and OHLCV in the first six. */
  static CsvLayout binance() {
    String[] names = new String[6];
    for (Field f : Field.ALL) {
      names[f.ordinal()] = f.canonical();
    }
    names[0] = "open_time";
    return new CsvLayout(new int[] {0, 1, 2, 3, 4, 5}, names, 12);
  }

  /**
   * A header row matched case-insensitively, ignoring {@code _}, {@code -} and blanks: time from
   * time, timestamp, timestamp_ms, date, datetime, open_time, unix, unix timestamp, start or ts (or
   * an empty first cell, an index column); open, high, low, close; volume or vol. Other columns are
   * ignored.
   */
  static CsvLayout generic(Path file, long line, String[] header) {
    int[] columns = new int[6];
    Arrays.fill(columns, -1);
    for (int i = header.length - 1; i >= 0; i--) {
      String n = normalize(header[i]);
      if (TIME_NAMES.contains(n) || (i == 0 && n.isEmpty())) {
        columns[Field.TIME.ordinal()] = i;
      } else if (n.equals("vol")) {
        columns[Field.VOLUME.ordinal()] = i;
      } else {
        for (Field f : Field.ALL) {
          if (f != Field.TIME && n.equals(f.canonical())) {
            columns[f.ordinal()] = i;
          }
        }
      }
    }
    return build(file, line, header, columns);
  }

  /**
   * CryptoDataDownload: time from {@code unix} or {@code Unix Timestamp} (older exports; {@code
   * date} when neither is present), OHLC by name, volume from the first column whose name starts
   * with {@code Volume} (the base currency).
   */
  static CsvLayout cryptoDataDownload(Path file, long line, String[] header) {
    int[] columns = new int[6];
    Arrays.fill(columns, -1);
    for (int i = header.length - 1; i >= 0; i--) {
      String n = normalize(header[i]);
      if (n.startsWith("unix") || (n.equals("date") && columns[0] < 0)) {
        columns[Field.TIME.ordinal()] = i;
      } else if (n.startsWith("volume")) {
        columns[Field.VOLUME.ordinal()] = i;
      } else {
        for (Field f : Field.ALL) {
          if (f != Field.TIME && f != Field.VOLUME && n.equals(f.canonical())) {
            columns[f.ordinal()] = i;
          }
        }
      }
    }
    return build(file, line, header, columns);
  }

  private static CsvLayout build(Path file, long line, String[] header, int[] columns) {
    String[] names = new String[6];
    for (Field f : Field.ALL) {
      int c = columns[f.ordinal()];
      if (c < 0) {
        throw new DataException(
            file,
            line,
            null,
            String.join(",", header),
            "the header has no " + f.canonical() + " column");
      }
      names[f.ordinal()] = header[c].isBlank() ? f.canonical() : header[c].trim();
    }
    return new CsvLayout(columns, names, header.length);
  }

  private static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != ' ' && c != '"' && c != '\t' && c != '\uFEFF') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
