package dev.nightjar.optimizer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TaskLayoutTest {
  @Test
  void chunksBySymbolThenCombination() {
    // 300 combinations: ceil(300 / 64) = 5 per task, raised to the minimum of 64: 5 tasks per
    // symbol, the last of 44.
    TaskLayout l = TaskLayout.of(4, 300);
    assertEquals(64, l.perTask());
    assertEquals(5, l.tasksPerSymbol());
    assertEquals(20, l.count());
    assertEquals(1, l.symbol(5));
    assertEquals(0, l.from(5));
    assertEquals(256, l.from(9));
    assertEquals(300, l.to(9));
    assertEquals(256, TaskLayout.of(1, 1_000_000).perTask()); // ceil(1e6 / 64) capped
    assertEquals(100, TaskLayout.of(1, 6_400).perTask()); // ceil(6400 / 64)
    assertEquals(3, TaskLayout.of(1, 3).perTask()); // all of them
  }

  @Property(tries = 200)
  void everyPairIsInExactlyOneTask(
      @ForAll @IntRange(min = 1, max = 5) int symbols,
      @ForAll @IntRange(min = 1, max = 3000) int combinations) {
    TaskLayout l = TaskLayout.of(symbols, combinations);
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
