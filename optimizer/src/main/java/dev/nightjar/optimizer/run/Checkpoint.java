package dev.nightjar.optimizer.run;

import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.run.log.ResultsLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The log plus the manifest's progress: appends from worker threads, syncs the log and rewrites the
 * manifest at most about once a second, and once more when closed.
 */
final class Checkpoint implements AutoCloseable {
  private static final long SYNC_EVERY_MILLIS = 1_000;

  private final ResultsLog log;
  private final Path dir;
  private final LongSupplier clock;
  private final AtomicInteger completed;
  private Manifest manifest;
  private volatile long lastSync;

  Checkpoint(ResultsLog log, Path dir, Manifest manifest, int completed, LongSupplier clock) {
    this.log = log;
    this.dir = dir;
    this.manifest = manifest;
    this.completed = new AtomicInteger(completed);
    this.clock = clock;
    this.lastSync = System.nanoTime();
  }

  void accept(int task, List<ResultRow> rows) throws IOException {
    try {
      log.append(task, rows);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    completed.incrementAndGet();
    if (System.nanoTime() - lastSync > SYNC_EVERY_MILLIS * 1_000_000) {
      syncNow(Manifest.Status.RUNNING);
    }
  }

  int completed() {
    return completed.get();
  }

  synchronized void syncNow(Manifest.Status status) {
    lastSync = System.nanoTime();
    log.sync();
    manifest = manifest.withProgress(completed.get(), status, clock.getAsLong());
    manifest.write(dir);
  }

  /** Records the final status (the log is already synced and closed). */
  synchronized void write(Manifest.Status status) {
    manifest = manifest.withProgress(completed.get(), status, clock.getAsLong());
    manifest.write(dir);
  }

  @Override
  public void close() {
    syncNow(Manifest.Status.RUNNING);
    log.close();
  }
}
