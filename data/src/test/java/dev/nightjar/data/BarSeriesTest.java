package dev.nightjar.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BarSeriesTest {
  private static final SeriesId ID = SeriesId.parse("TEST:1h");
  private static final long H = 3_600_000L;

  private static BarSeries fiveBars() {
    long[] t = {0, H, 2 * H, 3 * H, 4 * H};
    double[] c = {10, 11, 12, 13, 14};
    return BarSeries.of(ID, t, c.clone(), c.clone(), c.clone(), c.clone(), new double[5]);
  }

  @Test
  void viewsShareDataAndIndexFromZero() {
    BarSeries view = fiveBars().view(1, 4);
    assertEquals(3, view.size());
    assertEquals(H, view.firstTime());
    assertEquals(13, view.close(2));
    assertArrayEquals(new double[] {11, 12, 13}, view.closes());
    assertThrows(IndexOutOfBoundsException.class, () -> view.close(3));
  }

  @Test
  void betweenIsHalfOpenOnOpenTimes() {
    BarSeries s = fiveBars();
    assertEquals(2, s.between(H, 3 * H).size());
    assertEquals(0, s.between(10 * H, 20 * H).size());
    assertEquals(5, s.between(Long.MIN_VALUE, Long.MAX_VALUE).size());
    assertEquals(1, s.between(H, 3 * H).view(1, 2).size());
  }

  @Test
  void accessorsReturnCopies() {
    BarSeries s = fiveBars();
    s.closes()[0] = -1;
    assertEquals(10, s.close(0));
  }

  @Test
  void rejectsUnsortedTimesAndRaggedColumns() {
    double[] c = {1, 1};
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BarSeries.of(ID, new long[] {H, H}, c, c, c, c, c));
    assertEquals(
        "times must be strictly ascending: time[1] = 3600000 <= time[0] = 3600000", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> BarSeries.of(ID, new long[] {0}, c, c, c, c, c));
  }
}
