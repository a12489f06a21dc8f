package dev.nightjar.data.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The six cells of the row being read, as byte ranges, plus the column name each came from. A
 * reader fills one instance per file and reuses it for every row: CSV cells point into the line
 * buffer ({@link #point}), JSON values are copied into per-field scratch buffers ({@link #copy}).
 */
final class RowFields {
  private final byte[][] bytes = new byte[6][];
  private final int[] from = new int[6];
  private final int[] to = new int[6];
  private final String[] names = new String[6];
  private final byte[][] scratch = new byte[6][32];
  private final boolean[] present = new boolean[6];
  private boolean timeIsCloseTime;

  /** Forgets the previous row's cells (names stay). */
  void clear() {
    Arrays.fill(present, false);
    timeIsCloseTime = false;
  }

  /** The cell {@code f} is {@code b[start, end)}, trimmed of blanks and surrounding quotes. */
  void point(Field f, byte[] b, int start, int end) {
    while (start < end && (b[start] == ' ' || b[start] == '\t')) {
      start++;
    }
    while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
      end--;
    }
    if (end - start >= 2 && b[start] == '"' && b[end - 1] == '"') {
      start++;
      end--;
    }
    int k = f.ordinal();
    bytes[k] = b;
    from[k] = start;
    to[k] = end;
    present[k] = true;
  }

  /** The cell {@code f} is a copy of {@code c[offset, offset + length)}; non-ASCII becomes '?'. */
  void copy(Field f, char[] c, int offset, int length) {
    int k = f.ordinal();
    if (scratch[k].length < length) {
      scratch[k] = new byte[Math.max(length, 2 * scratch[k].length)];
    }
    byte[] s = scratch[k];
    for (int i = 0; i < length; i++) {
      char ch = c[offset + i];
      s[i] = ch < 128 ? (byte) ch : (byte) '?';
    }
    point(f, s, 0, length);
  }

  void name(Field f, String name) {
    names[f.ordinal()] = name;
  }

  /** Marks the time cell as the candle's close time (its last millisecond). */
  void timeIsCloseTime(boolean value) {
    timeIsCloseTime = value;
  }

  boolean timeIsCloseTime() {
    return timeIsCloseTime;
  }

  /** Whether the cell is absent or blank. */
  boolean isEmpty(Field f) {
    int k = f.ordinal();
    return !present[k] || from[k] == to[k];
  }

  /** The column name of {@code f} in the file, or its canonical name. */
  String name(Field f) {
    String n = names[f.ordinal()];
    return n != null ? n : f.canonical();
  }

  /** The cell's text, for messages only (allocates). */
  String text(Field f) {
    int k = f.ordinal();
    return present[k]
        ? new String(bytes[k], from[k], to[k] - from[k], StandardCharsets.ISO_8859_1)
        : "";
  }

  double number(Field f) {
    int k = f.ordinal();
    return FastDouble.parse(bytes[k], from[k], to[k]);
  }

  long millis(Field f) {
    int k = f.ordinal();
    return TimeText.parseMillis(bytes[k], from[k], to[k]);
  }
}
