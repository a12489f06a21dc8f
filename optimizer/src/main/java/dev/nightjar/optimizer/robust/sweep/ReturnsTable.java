package dev.nightjar.optimizer.robust.sweep;

/**
 * Per-period returns of ranked rows on one calendar: {@code values[i][k]} is row i's return in the
 * period starting at {@code calendar[k]} (0 where its symbol has no bar then). Arrays are shared,
 * not copied.
 *
 * @param periodMillis the period length
 * @param calendar period starts, epoch ms, ascending
 * @param symbols row i's symbol index
 * @param combinations row i's combination id
 * @param values the returns, one row per ranked row
 */
public record ReturnsTable(
    long periodMillis, long[] calendar, int[] symbols, int[] combinations, double[][] values) {
  public ReturnsTable {
    if (symbols.length != values.length || combinations.length != values.length) {
      throw new IllegalArgumentException("symbols, combinations and values must have equal length");
    }
    for (double[] v : values) {
      if (v.length != calendar.length) {
        throw new IllegalArgumentException(
            "every row must have " + calendar.length + " periods, got " + v.length);
      }
    }
  }

  /** Number of rows. */
  public int size() {
    return values.length;
  }

  /** Index of the row for (symbol, combination), or −1. */
  public int indexOf(int symbol, int combination) {
    for (int i = 0; i < values.length; i++) {
      if (symbols[i] == symbol && combinations[i] == combination) {
        return i;
      }
    }
    return -1;
  }
}
