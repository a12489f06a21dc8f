package dev.nightjar.optimizer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TaskLayoutTest {
  @Test
  void chunksBySymbolThenCombination() {
    // 300 combinations: ceil(300 / 256) = 2 tasks, and 300 / 128 = 2 keep at least 128 each: 2
    // tasks per symbol of 150.
    TaskLayout l = TaskLayout.of(4, 300);
    assertEquals(150, l.perTask());
    assertEquals(2, l.tasksPerSymbol());
    assertEquals(8, l.count());
    assertEquals(1, l.symbol(3));
    assertEquals(0, l.from(2));
    assertEquals(150, l.from(3));
    assertEquals(300, l.to(3));
    assertEquals(3, l.symbol(7));
    // a million: ceil(1e6 / 256) = 3,907 tasks, each ceil(1e6 / 3907) = 256
    assertEquals(256, TaskLayout.of(1, 1_000_000).perTask());
    // 6,400: 6400 / 128 = 50 tasks (more than the 25 needed for 256 each, fewer than 64)
    assertEquals(128, TaskLayout.of(1, 6_400).perTask());
    // 1,000: 1000 / 128 = 7 tasks of ceil(1000 / 7) = 143
    assertEquals(143, TaskLayout.of(1, 1_000).perTask());
    assertEquals(3, TaskLayout.of(1, 3).perTask()); // all of them
  }

  @Property(tries = 200)
  void everyPairIsInExactlyOneTask(
      @ForAll @IntRange(min = 1, max = 5) int symbols,
      @ForAll @IntRange(min = 1, max = 100_000) int combinations) {
    TaskLayout l = TaskLayout.of(symbols, combinations);
    assertTrue(l.perTask() <= TaskLayout.MAX_PER_TASK, "at most 256 per task");
    assertTrue(
        l.perTask() >= Math.min(combinations, TaskLayout.MIN_PER_TASK), "at least 128 (or all)");
    int[][] seen = new int[symbols][combinations];
    for (int t = 0; t < l.count(); t++) {
      for (int c = l.from(t); c < l.to(t); c++) {
        seen[l.symbol(t)][c]++;
      }
    }
    for (int[] row : seen) {
      for (int count : row) {
        assertEquals(1, count);
      }
    }
  }
}
