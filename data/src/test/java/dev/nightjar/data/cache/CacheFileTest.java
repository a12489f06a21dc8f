package dev.nightjar.data.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFileTest {
  private static final SeriesId ID = SeriesId.parse("BTCUSDT:1h");
  private static final long H = 3_600_000L;

  @TempDir Path dir;

  /** Three 1h bars with distinct values, so a misplaced column shows. */
  static BarSeries threeBars() {
    return BarSeries.of(
        ID,
        new long[] {10 * H, 11 * H, 12 * H},
        new double[] {100, 101, 102},
        new double[] {110, 111, 112},
        new double[] {90, 91, 92},
        new double[] {105, 106, 107},
        new double[] {1.5, 2.5, 3.5});
  }

  private Path written(BarSeries series) {
    Path file = dir.resolve("x.bars");
    CacheFile.write(file, series);
    return file;
  }

  @Test
  void layoutIsTheDocumentedOne() throws IOException {
    byte[] bytes = Files.readAllBytes(written(threeBars()));
    int n = 3;
    assertEquals(96 + 48 * n, bytes.length);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals("NJBARS\r\n", new String(bytes, 0, 8, StandardCharsets.US_ASCII));
    assertEquals(1, b.getInt(8));
    assertEquals(96, b.getInt(12));
    assertEquals(H, b.getLong(16));
    assertEquals(n, b.getInt(24));
    assertEquals(crc(bytes, 96, 48 * n), b.getInt(28));
    assertEquals(10 * H, b.getLong(32));
    assertEquals(12 * H, b.getLong(40));
    assertEquals(7, bytes[48]);
    assertEquals("BTCUSDT", new String(bytes, 49, 7, StandardCharsets.US_ASCII));
    for (int i = 56; i < 92; i++) {
      assertEquals(0, bytes[i], "padding byte " + i);
    }
    assertEquals(crc(bytes, 0, 92), b.getInt(92));
    // Columns: times, open, high, low, close, volume; bar 1 of each.
    assertEquals(11 * H, b.getLong(96 + 8));
    assertEquals(101.0, b.getDouble(96 + 8 * n + 8));
    assertEquals(111.0, b.getDouble(96 + 16 * n + 8));
    assertEquals(91.0, b.getDouble(96 + 24 * n + 8));
    assertEquals(106.0, b.getDouble(96 + 32 * n + 8));
    assertEquals(2.5, b.getDouble(96 + 40 * n + 8));
  }

  private static int crc(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  @Test
  void roundTripsAViewAndTheHeader() {
    BarSeries view = threeBars().view(1, 3);
    Path file = written(view);
    BarSeries back = CacheFile.read(file);
    assertEquals(ID, back.id());
    assertArrayEquals(view.times(), back.times());
    assertArrayEquals(view.opens(), back.opens());
    assertArrayEquals(view.highs(), back.highs());
    assertArrayEquals(view.lows(), back.lows());
    assertArrayEquals(view.closes(), back.closes());
    assertArrayEquals(view.volumes(), back.volumes());
    assertEquals(
        new CacheHeader(file, ID, 2, 11 * H, 12 * H, 96 + 2 * 48), CacheFile.readHeader(file));
  }

  @Test
  void roundTripsAnEmptySeries() {
    BarSeries empty = threeBars().view(0, 0);
    BarSeries back = CacheFile.read(written(empty));
    assertEquals(0, back.size());
    assertEquals(ID, back.id());
  }

  @Test
  void theSameSeriesGivesTheSameBytes() throws IOException {
    BarSeries a = threeBars();
    BarSeries b = threeBars(); // equal content, separate arrays
    CacheFile.write(dir.resolve("a.bars"), a);
    CacheFile.write(dir.resolve("b.bars"), b);
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.bars")), Files.readAllBytes(dir.resolve("b.bars")));
  }

  @Test
  void everyTruncationIsDetected() throws IOException {
    Path file = written(threeBars());
    byte[] full = Files.readAllBytes(file);
    for (int length = 0; length < full.length; length++) {
      Files.write(file, Arrays.copyOf(full, length));
      DataException e = assertThrows(DataException.class, () -> CacheFile.read(file));
      assertEquals(file, e.file());
      String expected = length == 0 ? "it is empty" : "truncated: expected";
      assertTrue(e.getMessage().contains(expected), length + ": " + e.getMessage());
      if (length >= 96) {
        assertTrue(
            e.getMessage().contains("expected 240 bytes for 3 bars, found " + length),
            e.getMessage());
      }
    }
  }

  @Test
  void anExtendedFileIsDetected() throws IOException {
    Path file = written(threeBars());
    Files.write(file, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
    DataException e = assertThrows(DataException.class, () -> CacheFile.read(file));
    assertEquals(file + ": extended: expected 240 bytes for 3 bars, found 241", e.getMessage());
  }

  @Test
  void aForeignFileIsNamedClearly() throws IOException {
    Path file = dir.resolve("prices.bars");
    Files.writeString(file, "timestamp_ms,open,high,low,close,volume\n");
    DataException e = assertThrows(DataException.class, () -> CacheFile.readHeader(file));
    assertEquals(
        file
            + ": not a nightjar cache file: it starts with 74 69 6d 65 73 74 61 6d instead of the"
            + " magic NJBARS\\r\\n",
        e.getMessage());
  }

  @Test
  void aNewerVersionIsRefusedByNumber() throws IOException {
    Path file = written(threeBars());
    byte[] bytes = Files.readAllBytes(file);
    bytes[8] = 2;
    Files.write(file, bytes);
    DataException e = assertThrows(DataException.class, () -> CacheFile.read(file));
    assertTrue(e.getMessage().contains("unsupported cache format version 2"), e.getMessage());
  }

  @Test
  void aDamagedPayloadFailsTheLoadButNotTheHeaderRead() throws IOException {
    Path file = written(threeBars());
    byte[] bytes = Files.readAllBytes(file);
    bytes[96 + 32 * 3 + 3] ^= 0x10; // a close
    Files.write(file, bytes);
    assertEquals(3, CacheFile.readHeader(file).count());
    DataException e = assertThrows(DataException.class, () -> CacheFile.read(file));
    assertTrue(e.getMessage().startsWith(file + ": checksum mismatch"), e.getMessage());
  }

  @Test
  void aRenamedSymbolByteIsDetected() throws IOException {
    Path file = written(threeBars());
    byte[] bytes = Files.readAllBytes(file);
    bytes[49] = 'E'; // BTCUSDT -> ETCUSDT, still a valid symbol
    Files.write(file, bytes);
    DataException e = assertThrows(DataException.class, () -> CacheFile.readHeader(file));
    assertTrue(e.getMessage().contains("header checksum mismatch"), e.getMessage());
  }

  @Test
  void aMissingFileIsADataException() {
    Path file = dir.resolve("none.bars");
    DataException e = assertThrows(DataException.class, () -> CacheFile.read(file));
    assertEquals(file + ": no such file", e.getMessage());
  }
}
