package dev.nightjar.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BarBufferTest {
  private static final SeriesId ID = SeriesId.parse("BUF:1m");

  /** 5,000 bars through a buffer that starts empty: every bar kept, in order, through growth. */
  @Test
  void growsFromNothingAndKeepsEveryBar() {
    int n = 5_000;
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    BarBuffer buffer = new BarBuffer(0);
    for (int i = 0; i < n; i++) {
      t[i] = 1_704_067_200_000L + 60_000L * i;
      c[i] = 100 + i % 7;
      o[i] = c[i] - 0.5;
      h[i] = c[i] + 1;
      l[i] = c[i] - 1;
      v[i] = i;
      buffer.add(t[i], o[i], h[i], l[i], c[i], v[i]);
    }
    assertEquals(n, buffer.size());
    assertEquals(t[4_321], buffer.time(4_321));
    assertEquals(v[4_999], buffer.volume(4_999));
    BarSeries s = buffer.toSeries(ID);
    assertArrayEquals(t, s.times());
    assertArrayEquals(o, s.opens());
    assertArrayEquals(h, s.highs());
    assertArrayEquals(l, s.lows());
    assertArrayEquals(c, s.closes());
    assertArrayEquals(v, s.volumes());

    BarBuffer copy = new BarBuffer();
    for (int i = 0; i < s.size(); i++) {
      copy.add(s, i);
    }
    assertArrayEquals(s.closes(), copy.toSeries(ID).closes());
  }

  @Test
  void indicesBeyondTheBarsAndInvalidBarsAreRefused() {
    BarBuffer buffer = new BarBuffer();
    buffer.add(1_704_067_200_000L, 1, 2, 0.5, 1.5, 10);
    assertThrows(IndexOutOfBoundsException.class, () -> buffer.close(1));
    assertThrows(IllegalArgumentException.class, () -> new BarBuffer(-1));
    buffer.add(1_704_067_200_000L, 1, 2, 0.5, 1.5, 10); // same time twice
    assertThrows(IllegalArgumentException.class, () -> buffer.toSeries(ID));
  }
}
