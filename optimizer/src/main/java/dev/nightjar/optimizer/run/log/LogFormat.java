package dev.nightjar.optimizer.run.log;

import dev.nightjar.optimizer.ResultRow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

/** The bytes of a results log (layout in {@code package-info}): header, records and rows. */
final class LogFormat {
  static final byte[] MAGIC = {'N', 'J', 'R', 'L', 'O', 'G', '\r', '\n'};
  static final int VERSION = 1;
  static final int HEADER_LENGTH = 16;

  /** "NREC" read as a little-endian int32. */
  static final int RECORD_MAGIC = 0x4345524E;

  /** Record magic and payload length. */
  static final int RECORD_HEAD = 8;

  /** Head and checksum around the payload. */
  static final int RECORD_OVERHEAD = RECORD_HEAD + 4;

  /** Task id and row count. */
  static final int PAYLOAD_HEAD = 8;

  /** Upper bound of one record's payload (64 MiB), so a damaged length never allocates more. */
  static final int MAX_PAYLOAD = 1 << 26;

  private LogFormat() {}

  static ByteBuffer allocate(int bytes) {
    return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  static byte[] header(int metricCount) {
    ByteBuffer b = allocate(HEADER_LENGTH);
    b.put(MAGIC).putInt(VERSION).putInt(metricCount);
    return b.array();
  }

  /** Checks the file header of {@code channel} against the expected metric count. */
  static void checkHeader(FileChannel channel, Path file, int metricCount) throws IOException {
    ByteBuffer b = allocate(HEADER_LENGTH);
    if (!readFully(channel, b, 0)) {
      throw new CheckpointException(
          file, "not a nightjar results log (" + channel.size() + " bytes, shorter than a header)");
    }
    byte[] magic = new byte[MAGIC.length];
    b.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new CheckpointException(file, "not a nightjar results log (wrong magic bytes)");
    }
    int version = b.getInt();
    if (version != VERSION) {
      throw new CheckpointException(
          file, "results log format version " + version + ", this nightjar reads " + VERSION);
    }
    int count = b.getInt();
    if (count != metricCount) {
      throw new CheckpointException(
          file, "results log rows hold " + count + " metrics, this nightjar has " + metricCount);
    }
  }

  /**
   * The complete record of a task: head, payload and checksum. Error messages are written as UTF-8
   * (an unpaired surrogate becomes '?').
   *
   * @throws IllegalArgumentException when a row does not hold {@code metricCount} metrics, or the
   *     payload would exceed {@link #MAX_PAYLOAD}
   */
  static byte[] encode(int taskId, List<ResultRow> rows, int metricCount) {
    byte[][] errors = new byte[rows.size()][];
    long payload = PAYLOAD_HEAD;
    for (int i = 0; i < errors.length; i++) {
      ResultRow row = rows.get(i);
      if (row.metrics().length != metricCount) {
        throw new IllegalArgumentException(
            "rows must hold " + metricCount + " metrics, got " + row.metrics().length);
      }
      payload += 9 + 8L * metricCount;
      if (row.error() != null) {
        errors[i] = row.error().getBytes(StandardCharsets.UTF_8);
        payload += 4 + errors[i].length;
      }
    }
    if (payload > MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          "task " + taskId + " needs " + payload + " bytes, more than a record holds: split it");
    }
    ByteBuffer b = allocate(RECORD_OVERHEAD + (int) payload);
    b.putInt(RECORD_MAGIC).putInt((int) payload).putInt(taskId).putInt(rows.size());
    for (int i = 0; i < errors.length; i++) {
      ResultRow row = rows.get(i);
      b.putInt(row.symbol()).putInt(row.combination()).put((byte) (errors[i] == null ? 0 : 1));
      for (double m : row.metrics()) {
        b.putDouble(m);
      }
      if (errors[i] != null) {
        b.putInt(errors[i].length).put(errors[i]);
      }
    }
    b.putInt(crc(b.array(), RECORD_HEAD, (int) payload));
    return b.array();
  }

  static int crc(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  /**
   * Parses the rows of a payload whose checksum matched, from just after the task id to its end.
   *
   * @param out receives the rows, or {@code null} to check the structure only
   * @return whether the payload is well formed: row count, error flags, lengths and UTF-8 valid,
   *     and the rows end exactly at the end of the payload
   */
  static boolean parseRows(ByteBuffer payload, int metricCount, List<ResultRow> out) {
    int rowCount = payload.getInt();
    int rowBytes = 9 + 8 * metricCount;
    if (rowCount < 0 || (long) rowCount * rowBytes > payload.remaining()) {
      return false;
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int r = 0; r < rowCount; r++) {
      if (payload.remaining() < rowBytes) {
        return false;
      }
      int symbol = payload.getInt();
      int combination = payload.getInt();
      byte hasError = payload.get();
      if (hasError != 0 && hasError != 1) {
        return false;
      }
      double[] metrics = out == null ? null : new double[metricCount];
      for (int m = 0; m < metricCount; m++) {
        double v = payload.getDouble();
        if (metrics != null) {
          metrics[m] = v;
        }
      }
      String error = null;
      if (hasError == 1) {
        if (payload.remaining() < 4) {
          return false;
        }
        int length = payload.getInt();
        if (length < 0 || length > payload.remaining()) {
          return false;
        }
        ByteBuffer text = payload.slice().limit(length);
        payload.position(payload.position() + length);
        try {
          CharBuffer chars = utf8.reset().decode(text);
          error = chars.toString();
        } catch (CharacterCodingException e) {
          return false;
        }
      }
      if (out != null) {
        out.add(new ResultRow(symbol, combination, metrics, error));
      }
    }
    return !payload.hasRemaining();
  }

  /**
   * Fills {@code buffer} from {@code position} on.
   *
   * @return false when the file ends first
   */
  static boolean readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        return false;
      }
      at += n;
    }
    buffer.flip();
    return true;
  }
}
