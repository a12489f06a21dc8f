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
    double[] a = new double[10];
    double[] b = new double[10];
    double[] c = new double[10];
    pool.give(List.of(a, b, c));
    assertEquals(160, pool.heldBytes(), "the third array of 80 bytes would exceed 200");
    pool.take(10);
    pool.take(10);
    assertNotSame(c, pool.take(10));
    assertThrows(IllegalArgumentException.class, () -> new ArrayPool(-1));
  }
}
