package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PeriodReturnsTest {
  private static final long H = 3_600_000L;
  private static final long D = PeriodReturns.DAY_MILLIS;

  /**
   * 12-hourly bars from 2024-01-01 12:00 UTC: day 0 has one bar (equity 100), day 1 two (110, 99),
   * day 3 one (108.9); day 2 has no bar. Day 0's return counts from the first bar's close, so it is
   * 0; day 1: 99 / 100 − 1 = −0.01; day 3: 108.9 / 99 − 1 = 0.1.
   */
  @Test
  void handExampleOverUtcDays() {
    long day0 = 1_704_067_200_000L;
    long[] time = {day0 + 12 * H, day0 + D, day0 + D + 12 * H, day0 + 3 * D};
    double[] equity = {100, 110, 99, 108.9};
    PeriodReturns r = PeriodReturns.of(time, equity, D);
    assertArrayEquals(new long[] {day0, day0 + D, day0 + 3 * D}, r.starts());
    assertArrayEquals(new double[] {0, -0.01, 0.1}, r.returns(), 1e-12);
    assertArrayEquals(
        new double[] {0, -0.01, 0, 0.1},
        r.on(new long[] {day0, day0 + D, day0 + 2 * D, day0 + 3 * D}),
        1e-12);
  }

  /** Compounding the period returns gives back the final equity over the first bar's. */
  @Test
  void periodReturnsCompoundToTheTotal() {
    long[] time = new long[100];
    double[] equity = new double[100];
    double e = 1000;
    for (int i = 0; i < 100; i++) {
      time[i] = i * 5 * H;
      e *= 1 + Math.sin(i) * 0.01;
      equity[i] = e;
    }
    double product = 1;
    for (double x : PeriodReturns.of(time, equity, D).returns()) {
      product *= 1 + x;
    }
    assertEquals(equity[99] / equity[0], product, 1e-12);
  }

  @Test
  void rejectsBadInput() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PeriodReturns.of(new long[] {1}, new double[] {1, 2}, D));
    assertThrows(
        IllegalArgumentException.class,
        () -> PeriodReturns.of(new long[] {1}, new double[] {1}, 0));
  }
}
