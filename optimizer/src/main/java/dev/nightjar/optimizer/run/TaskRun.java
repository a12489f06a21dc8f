package dev.nightjar.optimizer.run;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.report.RunStats;
import dev.nightjar.optimizer.run.log.CheckpointException;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.run.log.ResultsLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Evaluates every task of a layout into one folder's crash-safe results log, resuming what the
 * folder already holds: a fresh start writes the manifest and an empty log; a resume checks the
 * stored manifest against {@code fresh} (refusing any change), keeps every intact record and runs
 * only the missing tasks. The plain sweep is one task run; an adaptive search is one per round.
 */
final class TaskRun {
  private TaskRun() {}

  /**
   * How a task run ended.
   *
   * @param status complete, interrupted or failed
   * @param stopReason why it stopped early, or {@code null}
   * @param completedTasks tasks in the log
   * @param stats this run's timing and work
   */
  record Outcome(Manifest.Status status, String stopReason, int completedTasks, RunStats stats) {
    boolean complete() {
      return status == Manifest.Status.COMPLETE;
    }
  }

  /**
   * Runs the missing tasks of {@code layout} in {@code dir}.
   *
   * @param fresh the manifest this run would write when starting afresh
   * @param series the evaluated series, by the layout's symbol index
   * @param combinations combination by the layout's combination index
   * @param maxFailures failed evaluations tolerated before the run stops
   * @param markComplete whether a finished run records itself complete (else the caller does, after
   *     its outputs are written)
   * @throws CheckpointException when resuming a folder whose manifest differs from {@code fresh}
   */
  static Outcome run(
      Path dir,
      Manifest fresh,
      List<BarSeries> series,
      List<StrategySetup> setups,
      IntFunction<Combination> combinations,
      TaskLayout layout,
      long maxFailures,
      Sweep.Options options,
      boolean markComplete) {
    Path logFile = dir.resolve(Sweep.LOG_FILE);
    boolean resuming = options.resume() && Files.exists(dir.resolve(Manifest.FILE_NAME));
    Manifest manifest = open(dir, fresh, resuming);
    BitSet completed;
    ResultsLog log;
    if (resuming && Files.exists(logFile)) {
      try (LogIndex done = LogIndex.scan(logFile, Metric.count())) {
        completed = done.completed();
        log = ResultsLog.openForAppend(logFile, done);
      }
    } else {
      // Fresh, or a crash between writing the manifest and creating the log: nothing logged yet.
      completed = new BitSet();
      log = ResultsLog.create(logFile, Metric.count());
    }
    int[] todo = missing(layout, completed);
    int[] pending = new int[series.size()];
    for (int t : todo) {
      pending[layout.symbol(t)]++;
    }
    Evaluator evaluator = new Evaluator(series, setups, combinations, layout, pending);
    Checkpoint checkpoint =
        new Checkpoint(log, dir, manifest, completed.cardinality(), options.clock());
    long start = System.nanoTime();
    ParallelRun.Outcome outcome;
    try {
      outcome =
          ParallelRun.run(
              layout,
              todo,
              evaluator,
              options.threads(),
              checkpoint::accept,
              options.progress(),
              options.cancel(),
              maxFailures);
    } finally {
      checkpoint.close();
    }
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    long barCombos = 0;
    for (int t : todo) {
      barCombos += (long) (layout.to(t) - layout.from(t)) * series.get(layout.symbol(t)).size();
    }
    RunStats stats = new RunStats(wallMillis, outcome.evaluations(), barCombos);
    if (!outcome.finished()) {
      Manifest.Status status =
          "interrupted".equals(outcome.stopReason())
              ? Manifest.Status.INTERRUPTED
              : Manifest.Status.FAILED;
      checkpoint.write(status);
      return new Outcome(status, outcome.stopReason(), checkpoint.completed(), stats);
    }
    if (markComplete) {
      checkpoint.write(Manifest.Status.COMPLETE);
    }
    return new Outcome(Manifest.Status.COMPLETE, null, checkpoint.completed(), stats);
  }

  /**
   * The manifest of a run starting or resuming in {@code dir}: a fresh start refuses a folder that
   * holds a sweep and writes {@code fresh}; a resume refuses any change from the stored manifest
   * and keeps its identity (id, creation time).
   *
   * @throws CheckpointException when resuming a different sweep, or there is none to resume
   */
  static Manifest open(Path dir, Manifest fresh, boolean resume) {
    if (resume) {
      Manifest previous = Manifest.read(dir);
      List<String> changes = fresh.incompatibilities(previous);
      if (!changes.isEmpty()) {
        throw new CheckpointException(
            dir, "cannot resume: " + String.join("; ", changes) + ". Start a new sweep instead.");
      }
      return fresh.resuming(previous);
    }
    if (Files.exists(dir.resolve(Manifest.FILE_NAME))) {
      throw new IllegalArgumentException(
          dir + " already holds a sweep: add --resume to continue it, or choose another --out");
    }
    createDirectories(dir);
    fresh.write(dir);
    return fresh;
  }

  /** Marks a finished run complete once its caller's outputs are written. */
  static void markComplete(Path dir, long now) {
    Manifest m = Manifest.read(dir);
    m.withProgress(m.completedTasks(), Manifest.Status.COMPLETE, now).write(dir);
  }

  private static int[] missing(TaskLayout layout, BitSet completed) {
    int[] todo = new int[layout.count() - completed.cardinality()];
    int k = 0;
    for (int t = 0; t < layout.count(); t++) {
      if (!completed.get(t)) {
        todo[k++] = t;
      }
    }
    return todo;
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }
}
