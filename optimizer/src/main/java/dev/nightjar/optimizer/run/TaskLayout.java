package dev.nightjar.optimizer.run;

/**
 * How a sweep is cut into tasks: task {@code t} covers symbol {@code t / tasksPerSymbol} and the
 * consecutive combination ids {@code [from(t), to(t))}. Symbol-major, so reading tasks in id order
 * gives rows by symbol, then combination — the order of every output. The layout depends only on
 * the counts, never on the thread count, so a resumed sweep has exactly the same tasks.
 *
 * @param symbols number of symbols
 * @param combinations number of combinations
 * @param perTask combinations per task (the last task of a symbol may have fewer)
 */
public record TaskLayout(int symbols, int combinations, int perTask) {
  /** Aim for about this many tasks per symbol, so that all cores stay busy to the end. */
  static final int TARGET_TASKS_PER_SYMBOL = 64;

  /**
   * At least this many combinations per task (or all of them): a task's combinations advance
   * together over each block of bars ({@link Evaluator}) and share its data in cache (sma-cross on
   * a year of 1m bars, one thread: about 5.3 ns/bar-combination with 5 per task, 4.2–4.4 with 32 to
   * 64).
   */
  static final int MIN_PER_TASK = 64;

  /** At most this many combinations per task, so a crash loses little work. */
  static final int MAX_PER_TASK = 256;

  public TaskLayout {
    if (symbols < 1 || combinations < 1 || perTask < 1) {
      throw new IllegalArgumentException(
          "symbols, combinations and perTask must be >= 1, got "
              + symbols
              + ", "
              + combinations
              + ", "
              + perTask);
    }
  }

  /**
   * The standard layout: {@code ceil(combinations / 64)} per task, at least 64 (or all) and at most
   * 256.
   */
  public static TaskLayout of(int symbols, int combinations) {
    int perTask =
        Math.max(
            Math.min(combinations, MIN_PER_TASK),
            Math.min(
                MAX_PER_TASK,
                (combinations + TARGET_TASKS_PER_SYMBOL - 1) / TARGET_TASKS_PER_SYMBOL));
    return new TaskLayout(symbols, combinations, perTask);
  }

  public int tasksPerSymbol() {
    return (combinations + perTask - 1) / perTask;
  }

  /** Number of tasks. */
  public int count() {
    return symbols * tasksPerSymbol();
  }

  public int symbol(int task) {
    return task / tasksPerSymbol();
  }

  /** First combination id of the task. */
  public int from(int task) {
    return (task % tasksPerSymbol()) * perTask;
  }

  /** One past the last combination id of the task. */
  public int to(int task) {
    return Math.min(combinations, from(task) + perTask);
  }
}
