package dev.nightjar.optimizer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TaskLayoutTest {
  @Test
  void chunksBySymbolThenCombination() {
    // 300 combinations: ceil(300 / 8) = 38 per task, 8 tasks per symbol.
    TaskLayout l = TaskLayout.of(4, 300);
    assertEquals(38, l.perTask());
    assertEquals(8, l.tasksPerSymbol());
    assertEquals(32, l.count());
    assertEquals(1, l.symbol(8));
    assertEquals(0, l.from(8));
    assertEquals(266, l.from(15));
    assertEquals(300, l.to(15));
    assertEquals(256, TaskLayout.of(1, 1_000_000).perTask());
    assertEquals(1, TaskLayout.of(1, 3).perTask());
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
