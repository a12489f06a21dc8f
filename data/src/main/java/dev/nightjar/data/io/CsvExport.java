package dev.nightjar.data.io;

import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.BarSeries;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a series as CSV with the header {@code timestamp_ms,open,high,low,close,volume}: open time
 * by {@link Long#toString}, values by {@link Double#toString}, which round-trip exactly through
 * {@link Importer}. The file is replaced atomically ({@link AtomicFile}).
 */
public final class CsvExport {
  private CsvExport() {}

  public static void write(BarSeries series, Path file) throws IOException {
    AtomicFile.write(file, out -> write(series, out));
  }

  private static void write(BarSeries s, OutputStream out) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("timestamp_ms,open,high,low,close,volume\n");
    for (int i = 0; i < s.size(); i++) {
      sb.append(s.time(i))
          .append(',')
          .append(s.open(i))
          .append(',')
          .append(s.high(i))
          .append(',')
          .append(s.low(i))
          .append(',')
          .append(s.close(i))
          .append(',')
          .append(s.volume(i))
          .append('\n');
      if (sb.length() > 60_000) {
        out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        sb.setLength(0);
      }
    }
    out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
  }
}
