package dev.nightjar.optimizer.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GreedySelectionTest {
  /**
   * Four candidates best first. 0 is kept. 1 correlates 0.9 with 0 (> 0.7): excluded by 0. 2
   * correlates 0.5 with 0: kept. 3 correlates 0.6 with 0 and 0.8 with 2: excluded by 2 (its most
   * correlated kept candidate) at 0.8 — its 0.95 with 1 does not count, 1 was not kept.
   */
  @Test
  void handExample() {
    double[][] c = {
      {1, 0.9, 0.5, 0.6},
      {0.9, 1, 0.2, 0.95},
      {0.5, 0.2, 1, 0.8},
      {0.6, 0.95, 0.8, 1}
    };
    Selection s = GreedySelection.select(c, 0.7);
    assertArrayEquals(new boolean[] {true, false, true, false}, s.chosen());
    assertArrayEquals(new int[] {-1, 0, -1, 2}, s.excludedBy());
    assertEquals(0.9, s.correlation()[1]);
    assertEquals(0.8, s.correlation()[3]);
    assertEquals(2, s.chosenCount());
  }

  @Test
  void thresholdIsInclusiveAndNaNNeverExcludes() {
    double[][] c = {{1, 0.7, Double.NaN}, {0.7, 1, Double.NaN}, {Double.NaN, Double.NaN, 1}};
    assertArrayEquals(new boolean[] {true, true, true}, GreedySelection.select(c, 0.7).chosen());
    assertArrayEquals(new boolean[] {true, false, true}, GreedySelection.select(c, 0.69).chosen());
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(
        IllegalArgumentException.class, () -> GreedySelection.select(new double[][] {{1}}, 1.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> GreedySelection.select(new double[][] {{1, 0}, {0}}, 0.7));
  }
}
