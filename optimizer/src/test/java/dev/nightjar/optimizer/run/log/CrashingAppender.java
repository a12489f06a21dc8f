package dev.nightjar.optimizer.run.log;

import dev.nightjar.backtest.metrics.Metric;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link ResultsLogCrashTest}: creates the log (or resumes it like the runner
 * does), then appends {@link TestRows} task after task forever, syncing every third task and
 * printing each synced task id on its own line, until the parent kills it.
 */
public final class CrashingAppender {
  private CrashingAppender() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    ResultsLog log;
    int next;
    if (Files.exists(file)) {
      try (LogIndex index = LogIndex.scan(file, Metric.count())) {
        log = ResultsLog.openForAppend(file, index);
        next = index.completed().length();
      }
    } else {
      log = ResultsLog.create(file, Metric.count());
      next = 0;
    }
    System.out.println("start " + next);
    System.out.flush();
    for (int task = next; ; task++) {
      log.append(task, TestRows.of(task));
      if (task % 3 == 2) {
        log.sync();
        System.out.println(task);
        System.out.flush();
      }
    }
  }
}
