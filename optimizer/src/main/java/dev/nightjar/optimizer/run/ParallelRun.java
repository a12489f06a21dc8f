package dev.nightjar.optimizer.run;

import dev.nightjar.data.ProgressListener;
import dev.nightjar.optimizer.ResultRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Runs tasks on a dedicated {@link ForkJoinPool} (the common pool has parallelism 1 on a 2-core
 * machine) and hands each finished task's rows to a sink (the results log). Stops handing out tasks
 * when asked to (Ctrl-C), when failures exceed the allowed share of all evaluations, or when the
 * sink fails; tasks already running finish and are logged, so nothing done is lost.
 */
public final class ParallelRun {
  private ParallelRun() {}

  /** Receives a finished task's rows; called from worker threads, one call at a time per task. */
  @FunctionalInterface
  public interface TaskSink {
    void accept(int task, List<ResultRow> rows) throws IOException;
  }

  /**
   * What happened.
   *
   * @param completedTasks tasks evaluated and accepted by the sink in this run
   * @param evaluations (symbol, combination) pairs evaluated in this run
   * @param failures of those, how many failed
   * @param stopReason {@code null} when every task ran, else why the run stopped early
   */
  public record Outcome(int completedTasks, long evaluations, long failures, String stopReason) {
    public boolean finished() {
      return stopReason == null;
    }
  }

  /**
   * Runs {@code tasks} (ids of {@code layout}).
   *
   * @param maxFailures failed evaluations allowed in total before the run stops
   * @param cancel polled before each task; true stops the run
   * @throws UncheckedIOException when the sink fails (after running tasks have finished)
   */
  public static Outcome run(
      TaskLayout layout,
      int[] tasks,
      Evaluator evaluator,
      int threads,
      TaskSink sink,
      ProgressListener progress,
      BooleanSupplier cancel,
      long maxFailures) {
    long total = 0;
    for (int t : tasks) {
      total += layout.to(t) - layout.from(t);
    }
    long totalEvaluations = total;
    AtomicLong evaluated = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong completed = new AtomicLong();
    AtomicReference<String> stop = new AtomicReference<>();
    AtomicReference<IOException> sinkError = new AtomicReference<>();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      List<ForkJoinTask<?>> running = new ArrayList<>(tasks.length);
      for (int task : tasks) {
        running.add(
            pool.submit(
                () -> {
                  if (stop.get() != null) {
                    return;
                  }
                  if (cancel.getAsBoolean()) {
                    stop.compareAndSet(null, "interrupted");
                    return;
                  }
                  List<ResultRow> rows = evaluator.evaluate(task);
                  long failures = rows.stream().filter(ResultRow::failed).count();
                  try {
                    sink.accept(task, rows);
                  } catch (IOException e) {
                    sinkError.compareAndSet(null, e);
                    stop.compareAndSet(null, "the results log failed: " + e.getMessage());
                    return;
                  }
                  completed.incrementAndGet();
                  progress.progress(evaluated.addAndGet(rows.size()), totalEvaluations);
                  if (failed.addAndGet(failures) > maxFailures) {
                    stop.compareAndSet(
                        null,
                        "too many failed evaluations ("
                            + failed.get()
                            + ", more than the "
                            + maxFailures
                            + " allowed); first failures are in the results");
                  }
                }));
      }
      for (ForkJoinTask<?> f : running) {
        f.join();
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    if (sinkError.get() != null) {
      throw new UncheckedIOException(sinkError.get());
    }
    return new Outcome((int) completed.get(), evaluated.get(), failed.get(), stop.get());
  }

  private static void awaitQuietly(ForkJoinPool pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
