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
   * together over each block of bars ({@link Evaluator}), so each indicator line of the block comes
   * from memory once per task and from cache for the task's other combinations. Measured on the
   * bench workload (sma-cross, 300 combinations, a year of 1m bars; {@code ./nightjar bench}'s
   * grid), one thread: 2.11 ns/bar-combination with 64 per task, 2.00 with 150, 1.95 with 300; two
   * threads on 4 symbols: 8.8e8 bar-combinations/s with 64, 9.3–9.4e8 with 150.
   */
  static final int MIN_PER_TASK = 128;

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
   * The standard layout: per symbol, as many tasks as needed for at most 256 combinations each,
   * more (up to 64) while each keeps at least 128, each then taking ceil(combinations / tasks) (the
   * last task takes the rest). 300 combinations make 2 tasks of 150; 6,400 make 50 of 128; a
   * million make 3,907 of 256 (the last of 64).
   */
  public static TaskLayout of(int symbols, int combinations) {
    int tasks =
        Math.max(
            ceilDiv(combinations, MAX_PER_TASK),
            Math.min(TARGET_TASKS_PER_SYMBOL, combinations / MIN_PER_TASK));
    return new TaskLayout(symbols, combinations, ceilDiv(combinations, Math.max(1, tasks)));
  }

  /** ⌈a / b⌉ for a ≥ 1, b ≥ 1, without the overflow of (a + b − 1) / b near the int range. */
  private static int ceilDiv(int a, int b) {
    return (a - 1) / b + 1;
  }

  public int tasksPerSymbol() {
    return ceilDiv(combinations, perTask);
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
