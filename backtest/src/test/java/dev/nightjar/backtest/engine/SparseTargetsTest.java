package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import org.junit.jupiter.api.Test;

class SparseTargetsTest {
  private static final double NAN = Double.NaN;

  @Test
  void collectKeepsTheNonNanEntriesAndWriteToExpandsThem() {
    double[] dense = {NAN, 1, NAN, NAN, 0, -1, NAN};
    SparseTargets s = SparseTargets.of(dense);
    assertEquals(3, s.size());
    assertEquals(1, s.bar(0));
    assertEquals(4, s.bar(1));
    assertEquals(5, s.bar(2));
    assertEquals(-1, s.value(2));
    double[] back = new double[dense.length];
    back[0] = 7;
    s.writeTo(back);
    assertArrayEquals(dense, back);
  }

  @Test
  void entriesMustComeInIncreasingBarOrderWithValues() {
    SparseTargets s = new SparseTargets();
    s.add(3, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.add(3, -1));
    assertTrue(e.getMessage().contains("bar 3 = -1.0 after bar 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.add(4, NAN));
    assertThrows(IllegalArgumentException.class, () -> s.set(0, NAN));
    assertThrows(IndexOutOfBoundsException.class, () -> s.bar(1));
    s.clear();
    s.add(0, 1);
    assertEquals(1, s.size());
  }

  @Test
  void theEngineRejectsTargetsBeyondTheSeries() {
    PriceColumns columns = PriceColumns.of(RandomMarket.series(1, 10, 0.01));
    SparseTargets s = new SparseTargets();
    s.add(10, 1);
    double[] out = new double[Metric.count()];
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.metrics(columns, s, EngineConfig.defaults(), out));
    assertTrue(e.getMessage().contains("targets reach bar 10"), e.getMessage());
  }
}
