package dev.nightjar.optimizer.run.log;

import dev.nightjar.optimizer.ResultRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What a results log holds: the tasks whose records are complete and intact, where each record
 * starts, and where the valid part ends. Holds offsets only (8 bytes per task id); rows are read on
 * demand by positional reads, so {@link #read} is thread-safe. It is a snapshot of the file at scan
 * time, and keeps it open until {@link #close}.
 *
 * <p>Reads go through a {@link FileChannel}, which closes itself when a reading thread is
 * interrupted; do not interrupt readers.
 */
public final class LogIndex implements AutoCloseable {
  private final Path file;
  private final int metricCount;
  private final FileChannel channel;
  private final BitSet completed;
  private final long[] offsets;
  private final long validLength;
  private final long fileLength;

  private LogIndex(
      Path file,
      int metricCount,
      FileChannel channel,
      BitSet completed,
      long[] offsets,
      long validLength,
      long fileLength) {
    this.file = file;
    this.metricCount = metricCount;
    this.channel = channel;
    this.completed = completed;
    this.offsets = offsets;
    this.validLength = validLength;
    this.fileLength = fileLength;
  }

  /**
   * Scans {@code file} from the start, verifying every record's checksum, and stops at the first
   * record that is incomplete or damaged: that record and everything after it are torn.
   *
   * @param metricCount the values per row this nightjar writes ({@code Metric.count()})
   * @throws CheckpointException when the file is missing or its header is not a version-1 log with
   *     {@code metricCount} metrics per row
   * @throws UncheckedIOException when the file cannot be read
   */
  public static LogIndex scan(Path file, int metricCount) {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new CheckpointException(file, "no results log here", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    boolean done = false;
    try {
      LogIndex index = scan(file, metricCount, channel);
      done = true;
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      if (!done) {
        closeQuietly(channel);
      }
    }
  }

  private static LogIndex scan(Path file, int metricCount, FileChannel channel) throws IOException {
    LogFormat.checkHeader(channel, file, metricCount);
    long fileLength = channel.size();
    BitSet completed = new BitSet();
    long[] offsets = new long[64];
    long position = LogFormat.HEADER_LENGTH;
    while (true) {
      ByteBuffer payload = readPayload(channel, position, fileLength);
      if (payload == null) {
        break;
      }
      int taskId = payload.getInt();
      if (taskId < 0 || completed.get(taskId) || !LogFormat.parseRows(payload, metricCount, null)) {
        break;
      }
      completed.set(taskId);
      if (taskId >= offsets.length) {
        offsets = Arrays.copyOf(offsets, Math.max(taskId + 1, 2 * offsets.length));
      }
      offsets[taskId] = position;
      position += LogFormat.RECORD_OVERHEAD + payload.limit();
    }
    return new LogIndex(file, metricCount, channel, completed, offsets, position, fileLength);
  }

  /**
   * The payload of the record at {@code position}, positioned at its start, when the record is
   * complete and its magic, length and checksum are right; else {@code null}.
   */
  private static ByteBuffer readPayload(FileChannel channel, long position, long fileLength)
      throws IOException {
    ByteBuffer head = LogFormat.allocate(LogFormat.RECORD_HEAD);
    if (!LogFormat.readFully(channel, head, position)) {
      return null;
    }
    int magic = head.getInt();
    int length = head.getInt();
    long available = fileLength - position - LogFormat.RECORD_OVERHEAD;
    if (magic != LogFormat.RECORD_MAGIC
        || length < LogFormat.PAYLOAD_HEAD
        || length > LogFormat.MAX_PAYLOAD
        || length > available) {
      return null;
    }
    ByteBuffer body = LogFormat.allocate(length + 4);
    if (!LogFormat.readFully(channel, body, position + LogFormat.RECORD_HEAD)) {
      return null;
    }
    if (LogFormat.crc(body.array(), 0, length) != body.getInt(length)) {
      return null;
    }
    return body.limit(length);
  }

  /**
   * The rows logged for {@code taskId}, in the order they were appended. Verifies the checksum
   * again.
   *
   * @throws IllegalArgumentException when the task is not in the log
   * @throws CheckpointException when its record changed on disk since the scan
   */
  public List<ResultRow> read(int taskId) {
    if (!contains(taskId)) {
      throw new IllegalArgumentException("task " + taskId + " is not in " + file);
    }
    long position = offsets[taskId];
    try {
      ByteBuffer payload = readPayload(channel, position, fileLength);
      List<ResultRow> rows = new ArrayList<>();
      if (payload == null
          || payload.getInt() != taskId
          || !LogFormat.parseRows(payload, metricCount, rows)) {
        throw new CheckpointException(
            file,
            "the record of task " + taskId + " at byte " + position + " changed since the scan");
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Values per row. */
  public int metricCount() {
    return metricCount;
  }

  /** Whether {@code taskId} has a complete, intact record. */
  public boolean contains(int taskId) {
    return taskId >= 0 && completed.get(taskId);
  }

  /** The completed task ids (a copy). */
  public BitSet completed() {
    return (BitSet) completed.clone();
  }

  /** How many tasks are complete. */
  public int taskCount() {
    return completed.cardinality();
  }

  /**
   * Where the record of {@code taskId} starts, in bytes from the start of the file.
   *
   * @throws IllegalArgumentException when the task is not in the log
   */
  public long offset(int taskId) {
    if (!contains(taskId)) {
      throw new IllegalArgumentException("task " + taskId + " is not in " + file);
    }
    return offsets[taskId];
  }

  /** Bytes from the start of the file to the end of the last intact record. */
  public long validLength() {
    return validLength;
  }

  /** Bytes after the valid part (a torn or damaged tail), cut off before appending again. */
  public long tornBytes() {
    return fileLength - validLength;
  }

  @Override
  public void close() {
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // A read-only channel has nothing to lose on close.
    }
  }
}
