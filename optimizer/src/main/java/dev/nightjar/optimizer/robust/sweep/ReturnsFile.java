package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.DataException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * {@code returns.bin}: a {@link ReturnsTable} in one binary file, written atomically. Big-endian:
 *
 * <pre>
 *   "NJRETS01"  8 bytes magic + version
 *   long        period in ms
 *   int N, int T
 *   long[T]     calendar (period starts, epoch ms)
 *   int[N]      symbol index of each row, int[N] combination id of each row
 *   double[N·T] the returns, row after row (one contiguous column per config)
 *   long        CRC-32 of every byte before it
 * </pre>
 *
 * 200 configs × 365 days is 0.6 MB.
 */
public final class ReturnsFile {
  /** The file name in the run folder. */
  public static final String NAME = "returns.bin";

  private static final byte[] MAGIC = {'N', 'J', 'R', 'E', 'T', 'S', '0', '1'};

  private ReturnsFile() {}

  /** Writes {@code table} to {@code file} atomically. */
  public static void write(Path file, ReturnsTable table) {
    AtomicFile.writeUnchecked(
        file,
        raw -> {
          CRC32 crc = new CRC32();
          DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
          out.write(MAGIC);
          out.writeLong(table.periodMillis());
          out.writeInt(table.size());
          out.writeInt(table.calendar().length);
          for (long t : table.calendar()) {
            out.writeLong(t);
          }
          for (int s : table.symbols()) {
            out.writeInt(s);
          }
          for (int c : table.combinations()) {
            out.writeInt(c);
          }
          for (double[] row : table.values()) {
            for (double v : row) {
              out.writeDouble(v);
            }
          }
          out.flush();
          long sum = crc.getValue();
          out.writeLong(sum);
          out.flush();
        });
  }

  /**
   * Reads a file written by {@link #write}.
   *
   * @throws DataException when it is not such a file, is truncated or fails its checksum
   */
  public static ReturnsTable read(Path file) {
    CRC32 crc = new CRC32();
    try (InputStream raw = Files.newInputStream(file)) {
      DataInputStream in =
          new DataInputStream(new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), crc));
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new DataException(file, "not a nightjar returns file (bad magic)");
      }
      long period = in.readLong();
      int n = in.readInt();
      int t = in.readInt();
      long size = Files.size(file);
      if (period < 1 || n < 0 || t < 0 || 24L + 8L * t + 8L * n + 8L * n * t + 8 != size) {
        throw new DataException(
            file, "header (period " + period + ", " + n + " × " + t + ") does not match its size");
      }
      long[] calendar = new long[t];
      for (int k = 0; k < t; k++) {
        calendar[k] = in.readLong();
      }
      int[] symbols = new int[n];
      int[] combinations = new int[n];
      for (int i = 0; i < n; i++) {
        symbols[i] = in.readInt();
      }
      for (int i = 0; i < n; i++) {
        combinations[i] = in.readInt();
      }
      double[][] values = new double[n][t];
      for (double[] row : values) {
        for (int k = 0; k < t; k++) {
          row[k] = in.readDouble();
        }
      }
      long expected = crc.getValue();
      long stored = in.readLong();
      if (stored != expected) {
        throw new DataException(file, "checksum mismatch: the file is damaged");
      }
      return new ReturnsTable(period, calendar, symbols, combinations, values);
    } catch (EOFException e) {
      throw new DataException(file, "truncated", e);
    } catch (IOException e) {
      throw new DataException(file, "cannot read: " + e.getMessage(), e);
    }
  }
}
