package dev.nightjar.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the CSV dialects ({@link Format#CSV}, {@link Format#BINANCE}, {@link
 * Format#CRYPTODATADOWNLOAD}) into {@link RawRows}: 64 KiB reads into a byte buffer, lines and
 * cells found by scanning bytes, cells parsed in place (no String per cell). Blank lines are
 * skipped; cells may be quoted but not contain commas; a UTF-8 byte-order mark is ignored.
 */
final class CsvReader {
  private final Path file;
  private final Format format;
  private final RawRows rows;
  private final RowFields fields = new RowFields();
  private byte[] buf = new byte[1 << 16];
  private int[] cellStart = new int[16];
  private int[] cellEnd = new int[16];
  private CsvLayout layout;

  private CsvReader(Path file, Format format, RawRows rows) {
    this.file = file;
    this.format = format;
    this.rows = rows;
  }

  static void read(Path file, Format format, RawRows rows) throws IOException {
    new CsvReader(file, format, rows).run();
  }

  private void run() throws IOException {
    if (format == Format.BINANCE) {
      layout = CsvLayout.binance();
    }
    try (InputStream in = Files.newInputStream(file)) {
      int len = 0;
      int pos = 0;
      long lineNumber = 0;
      boolean eof = false;
      boolean first = true;
      while (true) {
        int nl = pos;
        while (nl < len && buf[nl] != '\n') {
          nl++;
        }
        if (nl == len && !eof) {
          if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            nl -= pos;
            pos = 0;
          }
          if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          int n = in.read(buf, len, buf.length - len);
          if (n < 0) {
            eof = true;
          } else {
            len += n;
          }
          continue;
        }
        if (pos >= len && eof) {
          return;
        }
        lineNumber++;
        int start = pos;
        int end = nl;
        if (end > start && buf[end - 1] == '\r') {
          end--;
        }
        if (first && end - start >= 3 && (buf[start] & 0xFF) == 0xEF) {
          start += 3; // UTF-8 byte-order mark
        }
        first = false;
        pos = nl + 1;
        if (!isBlank(start, end)) {
          line(lineNumber, start, end);
        }
      }
    }
  }

  private boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private void line(long lineNumber, int start, int end) {
    int cells = split(start, end);
    if (layout == null) {
      header(lineNumber, cells, start, end);
      return;
    }
    if (format == Format.BINANCE && lineNumber == 1 && !startsWithDigit(start)) {
      return; // newer kline files start with a header line
    }
    if (cells != layout.width()) {
      rows.rejectRow(
          lineNumber,
          null,
          text(start, end),
          "expected " + layout.width() + " columns, got " + cells);
      return;
    }
    fields.clear();
    int[] columns = layout.columns();
    for (Field f : Field.ALL) {
      int c = columns[f.ordinal()];
      fields.point(f, buf, cellStart[c], cellEnd[c]);
    }
    rows.accept(lineNumber, fields);
  }

  private void header(long lineNumber, int cells, int start, int end) {
    if (format == Format.CRYPTODATADOWNLOAD && cells == 1) {
      return; // the optional URL line
    }
    String[] header = new String[cells];
    for (int i = 0; i < cells; i++) {
      header[i] = text(cellStart[i], cellEnd[i]);
    }
    layout =
        format == Format.CRYPTODATADOWNLOAD
            ? CsvLayout.cryptoDataDownload(file, lineNumber, header)
            : CsvLayout.generic(file, lineNumber, header);
    for (Field f : Field.ALL) {
      fields.name(f, layout.names()[f.ordinal()]);
    }
  }

  private boolean startsWithDigit(int start) {
    return buf[start] >= '0' && buf[start] <= '9';
  }

  /** Finds the cells of {@code buf[start, end)}; returns their count. */
  private int split(int start, int end) {
    int n = 0;
    int cell = start;
    for (int i = start; i <= end; i++) {
      if (i == end || buf[i] == ',') {
        if (n == cellStart.length) {
          cellStart = Arrays.copyOf(cellStart, n * 2);
          cellEnd = Arrays.copyOf(cellEnd, n * 2);
        }
        cellStart[n] = cell;
        cellEnd[n] = i;
        n++;
        cell = i + 1;
      }
    }
    return n;
  }

  private String text(int start, int end) {
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }
}
