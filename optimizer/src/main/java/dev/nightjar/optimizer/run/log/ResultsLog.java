package dev.nightjar.optimizer.run.log;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.AtomicFile;
import dev.nightjar.optimizer.ResultRow;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * The append-only results log of a sweep (layout in {@code package-info}): one checksummed record
 * per completed task. Appends are buffered and serialized, so worker threads may append
 * concurrently (a record is encoded outside the lock; only the copy into the buffer is under it);
 * {@link #sync} makes everything appended so far durable. The runner decides how often to sync,
 * e.g. when {@link #bytesSinceSync} or the time since the last sync grows.
 *
 * <p>Writes go through a {@link RandomAccessFile} and sync through its descriptor ({@code fsync}),
 * not a {@code FileChannel}: a channel closes itself when a thread using it is interrupted, which
 * would lose the checkpoint when the runner interrupts its workers on Ctrl-C.
 *
 * <p>I/O errors are {@link UncheckedIOException}s naming the file; after one, the log refuses
 * further appends.
 */
public final class ResultsLog implements AutoCloseable {
  private static final int BUFFER_BYTES = 1 << 16;

  private final Path file;
  private final RandomAccessFile out;
  private final int metricCount;
  private final BitSet tasks;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int buffered;
  private long size;
  private long synced;
  private IOException failure;
  private boolean closed;

  private ResultsLog(Path file, RandomAccessFile out, int metricCount, BitSet tasks, long size) {
    this.file = file;
    this.out = out;
    this.metricCount = metricCount;
    this.tasks = tasks;
    this.size = size;
    this.synced = size;
  }

  /**
   * Creates a new, empty log. The header is written atomically and durably, so after a crash the
   * file is either absent or a valid empty log.
   *
   * @param metricCount values per row; must be {@link Metric#count()} (written to the header so a
   *     log from a build with other metrics is refused on resume)
   * @throws CheckpointException when {@code file} already exists (resume it instead)
   */
  public static ResultsLog create(Path file, int metricCount) {
    if (metricCount != Metric.count()) {
      throw new IllegalArgumentException(
          "metricCount must be Metric.count() = " + Metric.count() + ", got " + metricCount);
    }
    if (Files.exists(file)) {
      throw new CheckpointException(file, "a results log exists already: resume it, or start over");
    }
    try {
      AtomicFile.write(file, LogFormat.header(metricCount));
      return open(file, metricCount, new BitSet(), LogFormat.HEADER_LENGTH);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reopens a scanned log for appending: first cuts the file to {@code validPart.validLength()},
   * dropping a torn tail, and makes the cut durable.
   *
   * @throws IllegalArgumentException when {@code validPart} was scanned from another file
   * @throws CheckpointException when the file is gone or now shorter than its valid part
   */
  public static ResultsLog openForAppend(Path file, LogIndex validPart) {
    if (!file.toAbsolutePath().normalize().equals(validPart.file().toAbsolutePath().normalize())) {
      throw new IllegalArgumentException(
          "validPart was scanned from " + validPart.file() + ", not " + file);
    }
    if (!Files.isRegularFile(file)) {
      throw new CheckpointException(file, "no results log here");
    }
    try {
      return open(file, validPart.metricCount(), validPart.completed(), validPart.validLength());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
    }
  }

  private static ResultsLog open(Path file, int metricCount, BitSet tasks, long validLength)
      throws IOException {
    RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw");
    try {
      if (raf.length() < validLength) {
        throw new CheckpointException(
            file,
            "shorter ("
                + raf.length()
                + " bytes) than its valid part ("
                + validLength
                + " bytes) scanned before");
      }
      if (raf.length() > validLength) {
        raf.setLength(validLength);
        raf.getFD().sync();
      }
      raf.seek(validLength);
      return new ResultsLog(file, raf, metricCount, tasks, validLength);
    } catch (IOException | RuntimeException e) {
      raf.close();
      throw e;
    }
  }

  /**
   * Appends the rows of a completed task as one record (buffered; durable after {@link #sync}).
   *
   * @param rows the task's rows, each with {@code metricCount} metrics
   * @throws IllegalStateException when {@code taskId} is in the log already, or the log is closed
   *     or failed earlier
   * @throws IllegalArgumentException when {@code taskId < 0} or a row has another metric count
   */
  public void append(int taskId, List<ResultRow> rows) {
    if (taskId < 0) {
      throw new IllegalArgumentException("taskId must be >= 0, got " + taskId);
    }
    byte[] record = LogFormat.encode(taskId, rows, metricCount);
    synchronized (this) {
      checkWritable();
      if (tasks.get(taskId)) {
        throw new IllegalStateException("task " + taskId + " is in " + file + " already");
      }
      try {
        if (record.length > buffer.length - buffered) {
          flushBuffer();
        }
        if (record.length >= buffer.length) {
          out.write(record);
        } else {
          System.arraycopy(record, 0, buffer, buffered, record.length);
          buffered += record.length;
        }
      } catch (IOException e) {
        throw fail(e);
      }
      tasks.set(taskId);
      size += record.length;
    }
  }

  /**
   * Flushes the buffer and forces the file to disk ({@code fsync}); every record appended before
   * the call is then durable. Appends by other threads proceed while the disk works.
   */
  public void sync() {
    long target;
    synchronized (this) {
      checkWritable();
      try {
        flushBuffer();
      } catch (IOException e) {
        throw fail(e);
      }
      target = size;
    }
    try {
      out.getFD().sync();
    } catch (IOException e) {
      synchronized (this) {
        throw fail(e);
      }
    }
    synchronized (this) {
      synced = Math.max(synced, target);
    }
  }

  /** Bytes appended (buffered or written) that a crash could still lose. */
  public synchronized long bytesSinceSync() {
    return size - synced;
  }

  /** Whether {@code taskId} is in the log (from before the resume or appended since). */
  public synchronized boolean contains(int taskId) {
    return taskId >= 0 && tasks.get(taskId);
  }

  public Path file() {
    return file;
  }

  /** Syncs and closes; further calls do nothing. */
  @Override
  public void close() {
    boolean healthy;
    synchronized (this) {
      if (closed) {
        return;
      }
      healthy = failure == null;
    }
    try {
      if (healthy) {
        sync();
      }
    } finally {
      synchronized (this) {
        closed = true;
        try {
          out.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private void flushBuffer() throws IOException {
    if (buffered > 0) {
      out.write(buffer, 0, buffered);
      buffered = 0;
    }
  }

  private void checkWritable() {
    if (closed) {
      throw new IllegalStateException(file + " is closed");
    }
    if (failure != null) {
      throw new IllegalStateException(
          file + " refuses appends after an earlier I/O error: " + failure.getMessage());
    }
  }

  private UncheckedIOException fail(IOException e) {
    failure = e;
    return new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
  }
}
