package dev.nightjar.data.cache;

import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * Reads and writes one cache file (layout in the {@linkplain dev.nightjar.data.cache package
 * documentation}). Every read checks the magic, version, header checksum, exact file length and
 * payload checksum, so a damaged file is a {@link DataException}, never wrong numbers. Writing is
 * atomic and deterministic: the same series always gives the same bytes.
 */
public final class CacheFile {
  /** {@code "NJBARS\r\n"}: the CR LF also catches text-mode line-ending conversion. */
  private static final byte[] MAGIC = {'N', 'J', 'B', 'A', 'R', 'S', '\r', '\n'};

  /** The format version this build writes and reads. */
  public static final int VERSION = 1;

  /** Header length in bytes; the payload starts here. */
  public static final int HEADER_BYTES = 96;

  /** Bytes per bar in the payload: one long and five doubles. */
  public static final int BYTES_PER_BAR = 6 * Long.BYTES;

  /** The most bars one file holds (the file must stay below 2 GiB to be mapped at once). */
  public static final int MAX_BARS = (Integer.MAX_VALUE - HEADER_BYTES) / BYTES_PER_BAR;

  private static final int OFF_VERSION = 8;
  private static final int OFF_HEADER_BYTES = 12;
  private static final int OFF_TIMEFRAME = 16;
  private static final int OFF_COUNT = 24;
  private static final int OFF_PAYLOAD_CRC = 28;
  private static final int OFF_FIRST = 32;
  private static final int OFF_LAST = 40;
  private static final int OFF_SYMBOL_LENGTH = 48;
  private static final int OFF_SYMBOL = 49;
  private static final int SYMBOL_BYTES = 32;
  private static final int OFF_HEADER_CRC = 92;

  private CacheFile() {}

  /**
   * Writes {@code series} to {@code file} atomically (see {@link AtomicFile}): readers see the old
   * file or the new one, and a failure leaves the old one untouched.
   *
   * @throws IllegalArgumentException when the series has more than {@link #MAX_BARS} bars
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public static void write(Path file, BarSeries series) {
    byte[] bytes = encode(series);
    AtomicFile.writeUnchecked(file, out -> out.write(bytes));
  }

  /** The exact bytes {@link #write} puts in a file. */
  private static byte[] encode(BarSeries series) {
    int n = series.size();
    if (n > MAX_BARS) {
      throw new IllegalArgumentException(
          "a cache file holds at most " + MAX_BARS + " bars, got " + n + " for " + series.id());
    }
    ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + n * BYTES_PER_BAR);
    slice(buf, HEADER_BYTES, 0, n).asLongBuffer().put(series.times());
    slice(buf, HEADER_BYTES, 1, n).asDoubleBuffer().put(series.opens());
    slice(buf, HEADER_BYTES, 2, n).asDoubleBuffer().put(series.highs());
    slice(buf, HEADER_BYTES, 3, n).asDoubleBuffer().put(series.lows());
    slice(buf, HEADER_BYTES, 4, n).asDoubleBuffer().put(series.closes());
    slice(buf, HEADER_BYTES, 5, n).asDoubleBuffer().put(series.volumes());
    CRC32C payloadCrc = new CRC32C();
    payloadCrc.update(buf.array(), HEADER_BYTES, n * BYTES_PER_BAR);

    byte[] symbol = series.symbol().value().getBytes(StandardCharsets.US_ASCII);
    buf.order(ByteOrder.LITTLE_ENDIAN)
        .put(0, MAGIC)
        .putInt(OFF_VERSION, VERSION)
        .putInt(OFF_HEADER_BYTES, HEADER_BYTES)
        .putLong(OFF_TIMEFRAME, series.timeframe().millis())
        .putInt(OFF_COUNT, n)
        .putInt(OFF_PAYLOAD_CRC, (int) payloadCrc.getValue())
        .putLong(OFF_FIRST, n == 0 ? 0 : series.firstTime())
        .putLong(OFF_LAST, n == 0 ? 0 : series.lastTime())
        .put(OFF_SYMBOL_LENGTH, (byte) symbol.length)
        .put(OFF_SYMBOL, symbol);
    CRC32C headerCrc = new CRC32C();
    headerCrc.update(buf.array(), 0, OFF_HEADER_CRC);
    buf.putInt(OFF_HEADER_CRC, (int) headerCrc.getValue());
    return buf.array();
  }

  /**
   * Column {@code c} (0 = times, 1..5 = open, high, low, close, volume) of a payload of {@code n}
   * bars starting at {@code base} in {@code buf}, little-endian.
   */
  private static ByteBuffer slice(ByteBuffer buf, int base, int c, int n) {
    return buf.slice(base + c * n * Long.BYTES, n * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * Reads and fully verifies a cache file: one mapping of the file, one checksum pass and one bulk
   * copy per column.
   *
   * @throws DataException naming the file and the problem: missing or unreadable, "not a nightjar
   *     cache file", "truncated: expected N bytes, found M", "extended: ...", "header checksum
   *     mismatch", "checksum mismatch", an unsupported version
   */
  public static BarSeries read(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Parsed parsed = parse(file, readHeaderBytes(channel), channel.size());
      int n = parsed.header().count();
      ByteBuffer payload =
          channel.map(FileChannel.MapMode.READ_ONLY, HEADER_BYTES, (long) n * BYTES_PER_BAR);
      CRC32C crc = new CRC32C();
      crc.update(payload.duplicate());
      if ((int) crc.getValue() != parsed.payloadCrc()) {
        throw new DataException(
            file,
            "checksum mismatch: the bars' CRC32C is "
                + hex((int) crc.getValue())
                + " but the header says "
                + hex(parsed.payloadCrc())
                + " (the file is corrupted; import or generate it again)");
      }
      long[] time = new long[n];
      double[][] cols = new double[5][n];
      slice(payload, 0, 0, n).asLongBuffer().get(time);
      for (int c = 0; c < cols.length; c++) {
        slice(payload, 0, c + 1, n).asDoubleBuffer().get(cols[c]);
      }
      return toSeries(file, parsed.header(), time, cols);
    } catch (NoSuchFileException e) {
      throw new DataException(file, "no such file");
    } catch (IOException e) {
      throw new DataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads and verifies the header only (plus the file length), without touching the bars.
   *
   * @throws DataException as {@link #read}, except that a corrupted payload goes unnoticed
   */
  public static CacheHeader readHeader(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return parse(file, readHeaderBytes(channel), channel.size()).header();
    } catch (NoSuchFileException e) {
      throw new DataException(file, "no such file");
    } catch (IOException e) {
      throw new DataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static BarSeries toSeries(Path file, CacheHeader header, long[] time, double[][] cols) {
    int n = time.length;
    if (n > 0 && (time[0] != header.firstTime() || time[n - 1] != header.lastTime())) {
      throw new DataException(file, "corrupt: the bar times disagree with the header");
    }
    try {
      return BarSeries.of(header.id(), time, cols[0], cols[1], cols[2], cols[3], cols[4]);
    } catch (IllegalArgumentException e) {
      throw new DataException(file, "corrupt: " + e.getMessage(), e);
    }
  }

  /** Up to {@link #HEADER_BYTES} bytes from the start of the file (fewer if it is shorter). */
  private static ByteBuffer readHeaderBytes(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES);
    while (buf.hasRemaining() && channel.read(buf, buf.position()) >= 0) {
      // keep reading: a channel may return fewer bytes than asked
    }
    return buf.flip().order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The header, with the payload checksum that only this class needs. */
  private record Parsed(CacheHeader header, int payloadCrc) {}

  private static Parsed parse(Path file, ByteBuffer h, long size) {
    int have = h.remaining();
    for (int i = 0; i < Math.min(have, MAGIC.length); i++) {
      if (h.get(i) != MAGIC[i]) {
        throw new DataException(
            file,
            "not a nightjar cache file: it starts with "
                + HexFormat.ofDelimiter(" ").formatHex(bytes(h, Math.min(have, MAGIC.length)))
                + " instead of the magic NJBARS\\r\\n");
      }
    }
    if (size == 0) {
      throw new DataException(file, "not a nightjar cache file: it is empty");
    }
    if (size < HEADER_BYTES) {
      throw new DataException(
          file, "truncated: expected at least " + HEADER_BYTES + " bytes, found " + size);
    }
    int version = h.getInt(OFF_VERSION);
    if (version != VERSION) {
      throw new DataException(
          file,
          "unsupported cache format version "
              + version
              + " (this build reads version "
              + VERSION
              + "); import or generate the data again");
    }
    CRC32C crc = new CRC32C();
    crc.update(h.array(), 0, OFF_HEADER_CRC);
    if ((int) crc.getValue() != h.getInt(OFF_HEADER_CRC)) {
      throw new DataException(
          file, "header checksum mismatch (the file is corrupted; import or generate it again)");
    }
    int count = h.getInt(OFF_COUNT);
    if (h.getInt(OFF_HEADER_BYTES) != HEADER_BYTES || count < 0 || count > MAX_BARS) {
      throw new DataException(file, "corrupt header: bad header length or bar count");
    }
    long expected = HEADER_BYTES + (long) count * BYTES_PER_BAR;
    if (size != expected) {
      throw new DataException(
          file,
          (size < expected ? "truncated" : "extended")
              + ": expected "
              + expected
              + " bytes for "
              + count
              + " bars, found "
              + size);
    }
    SeriesId id = new SeriesId(symbol(file, h), timeframe(file, h.getLong(OFF_TIMEFRAME)));
    CacheHeader header =
        new CacheHeader(file, id, count, h.getLong(OFF_FIRST), h.getLong(OFF_LAST), size);
    return new Parsed(header, h.getInt(OFF_PAYLOAD_CRC));
  }

  private static Symbol symbol(Path file, ByteBuffer h) {
    int length = h.get(OFF_SYMBOL_LENGTH);
    if (length < 1 || length > SYMBOL_BYTES) {
      throw new DataException(file, "corrupt header: symbol length " + length);
    }
    String text = new String(h.array(), OFF_SYMBOL, length, StandardCharsets.US_ASCII);
    try {
      return new Symbol(text);
    } catch (IllegalArgumentException e) {
      throw new DataException(file, "corrupt header: " + e.getMessage(), e);
    }
  }

  private static Timeframe timeframe(Path file, long millis) {
    for (Timeframe tf : Timeframe.values()) {
      if (tf.millis() == millis) {
        return tf;
      }
    }
    throw new DataException(file, "corrupt header: no timeframe of " + millis + " ms");
  }

  private static byte[] bytes(ByteBuffer h, int length) {
    byte[] out = new byte[length];
    h.get(0, out);
    return out;
  }

  private static String hex(int crc) {
    return String.format("%08x", crc);
  }
}
