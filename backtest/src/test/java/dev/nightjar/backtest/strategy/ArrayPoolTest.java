package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayPoolTest {
  @Test
  void givesBackArraysOfTheAskedLengthThenNewOnes() {
    ArrayPool pool = new ArrayPool(1_000);
    double[] ten = new double[10];
    double[] twenty = new double[20];
    pool.give(List.of(ten, twenty));
    assertEquals(240, pool.heldBytes());
    assertSame(twenty, pool.take(20));
    assertSame(ten, pool.take(10));
    assertEquals(0, pool.heldBytes());
    double[] fresh = pool.take(10);
    assertNotSame(ten, fresh);
    assertEquals(10, fresh.length);
  }

  @Test
  void keepsNoMoreThanItsBytes() {
    ArrayPool pool = new ArrayPool(200);
    pool.give(List.of(new double[10], new double[10], new double[10]));
    assertEquals(160, pool.heldBytes(), "two arrays of 80 bytes fit in 200, not three");
    pool.take(10);
    pool.take(10);
    assertEquals(0, pool.heldBytes());
    assertThrows(IllegalArgumentException.class, () -> new ArrayPool(-1));
  }

  /** Full, it drops arrays of the length least recently given or taken first. */
  @Test
  void dropsTheLeastRecentlyUsedLengthFirst() {
    ArrayPool pool = new ArrayPool(240);
    double[] twenty = new double[20];
    pool.give(List.of(twenty));
    pool.give(List.of(new double[10]));
    assertEquals(240, pool.heldBytes());
    pool.give(List.of(new double[10]));
    assertEquals(160, pool.heldBytes(), "the array of 20, the older length, was dropped");
    assertNotSame(twenty, pool.take(20));
    pool.take(10);
    pool.take(10);
    assertEquals(0, pool.heldBytes());
  }
}
