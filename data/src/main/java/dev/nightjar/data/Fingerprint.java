package dev.nightjar.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * A short identity of a series' content: {@code crc32c:XXXXXXXX:n=N:FIRST..LAST} where the CRC32C
 * covers every open time and OHLCV value (little-endian, column by column) and FIRST/LAST are the
 * first and last open times in epoch ms. Equal fingerprints mean equal bars (up to CRC collisions,
 * about one in four billion); results carry it so a resume or a live config can tell the data
 * changed.
 */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(BarSeries s) {
    CRC32C crc = new CRC32C();
    ByteBuffer buf = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
    int n = s.size();
    for (int column = 0; column < 6; column++) {
      for (int i = 0; i < n; i++) {
        if (!buf.hasRemaining()) {
          buf.flip();
          crc.update(buf);
          buf.clear();
        }
        switch (column) {
          case 0 -> buf.putLong(s.time(i));
          case 1 -> buf.putDouble(s.open(i));
          case 2 -> buf.putDouble(s.high(i));
          case 3 -> buf.putDouble(s.low(i));
          case 4 -> buf.putDouble(s.close(i));
          default -> buf.putDouble(s.volume(i));
        }
      }
    }
    buf.flip();
    crc.update(buf);
    return String.format(
        Locale.ROOT,
        "crc32c:%08x:n=%d:%s",
        crc.getValue(),
        n,
        n == 0 ? "empty" : s.firstTime() + ".." + s.lastTime());
  }
}
