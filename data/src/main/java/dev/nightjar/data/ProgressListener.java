package dev.nightjar.data;

/**
 * Receives progress of long work (imports, synthesis, sweeps) so that a caller — the CLI's progress
 * bar — can show it. Libraries never print; they call this. Implementations must be thread-safe and
 * cheap: callers report in coarse steps, never per bar.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Ignores everything. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Reports that {@code done} of {@code total} units are complete.
   *
   * @param done units finished so far, {@code 0 <= done <= total}
   * @param total all units of the task
   */
  void progress(long done, long total);
}
