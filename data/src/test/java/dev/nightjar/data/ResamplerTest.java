package dev.nightjar.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {
  private static final long MIN = 60_000L;
  private static final long DAY = 86_400_000L;

  /**
   * Ten 1m bars from minute 0: open 10..19, high open + 5 (bar 2: 30, bar 7: 40), low open - 5 (bar
   * 3: 1, bar 8: 2), close open + 1, volume 1..10.
   */
  private static BarSeries tenMinutes() {
    int n = 10;
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * MIN;
      o[i] = 10 + i;
      h[i] = o[i] + 5;
      l[i] = o[i] - 5;
      c[i] = o[i] + 1;
      v[i] = i + 1;
    }
    h[2] = 30;
    h[7] = 40;
    l[3] = 1;
    l[8] = 2;
    return BarSeries.of(SeriesId.parse("X:1m"), t, o, h, l, c, v);
  }

  // Hand computation from tenMinutes(): 5m buckets hold bars 0-4 and 5-9; 3m buckets hold bars
  // 0-2, 3-5, 6-8 (bar 9 alone is a trailing partial, dropped).
  @ParameterizedTest
  @CsvSource({
    "5m, 0,      0, 10, 30, 1, 15, 15",
    "5m, 1, 300000, 15, 40, 2, 20, 40",
    "3m, 0,      0, 10, 30, 5, 13,  6",
    "3m, 1, 180000, 13, 20, 1, 16, 15",
    "3m, 2, 360000, 16, 40, 2, 19, 24",
  })
  void aggregatesOhlcv(
      String to, int bucket, long time, double o, double h, double l, double c, double v) {
    BarSeries out = Resampler.resample(tenMinutes(), Timeframe.parse(to)).series();
    assertEquals(SeriesId.parse("X:" + to), out.id());
    assertEquals(time, out.time(bucket));
    assertEquals(o, out.open(bucket));
    assertEquals(h, out.high(bucket));
    assertEquals(l, out.low(bucket));
    assertEquals(c, out.close(bucket));
    assertEquals(v, out.volume(bucket));
  }

  @Test
  void dropsATrailingPartialBucketAndSaysSo() {
    Resampled threes = Resampler.resample(tenMinutes(), Timeframe.M3);
    assertEquals(3, threes.series().size());
    assertTrue(threes.droppedTrailingPartial());
    assertEquals(1, threes.droppedBars());

    Resampled fives = Resampler.resample(tenMinutes(), Timeframe.M5);
    assertEquals(2, fives.series().size());
    assertFalse(fives.droppedTrailingPartial());
    assertEquals(0, fives.droppedBars());
  }

  @Test
  void keepsBucketsWithGapsAndALeadingPartial() {
    // Minutes 3, 4 (leading partial of [0, 5)), then 5, 6, 8, 9 (minute 7 missing).
    BarSeries src = tenMinutes();
    long[] keep = {3, 4, 5, 6, 8, 9};
    long[] t = new long[keep.length];
    double[] o = new double[keep.length];
    double[] v = new double[keep.length];
    for (int i = 0; i < keep.length; i++) {
      t[i] = keep[i] * MIN;
      o[i] = src.open((int) keep[i]);
      v[i] = src.volume((int) keep[i]);
    }
    BarSeries gappy = BarSeries.of(src.id(), t, o, o.clone(), o.clone(), o.clone(), v);
    Resampled r = Resampler.resample(gappy, Timeframe.M5);
    assertFalse(r.droppedTrailingPartial());
    assertArrayEquals(new long[] {0, 5 * MIN}, r.series().times());
    assertArrayEquals(new double[] {13, 15}, r.series().opens()); // first bar present
    assertArrayEquals(new double[] {4 + 5, 6 + 7 + 9 + 10}, r.series().volumes());
  }

  @Test
  void aSeriesEndingInsideItsOnlyBucketResamplesToNothing() {
    BarSeries firstThree = tenMinutes().view(0, 3);
    Resampled r = Resampler.resample(firstThree, Timeframe.M5);
    assertEquals(0, r.series().size());
    assertEquals(3, r.droppedBars());
  }

  @Test
  void weeksStartOnMonday() {
    // Daily bars 1970-01-01 (a Thursday) .. 1970-01-11 (a Sunday). Weeks: Monday 1969-12-29 holds
    // Jan 1-4 (a leading partial, kept); Monday 1970-01-05 holds Jan 5-11, complete because the
    // last bar ends at Monday 1970-01-12.
    int n = 11;
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * DAY;
      v[i] = 1;
    }
    BarSeries daily = BarSeries.of(SeriesId.parse("X:1d"), t, v, v, v, v, v);
    Resampled r = Resampler.resample(daily, Timeframe.W1);
    assertFalse(r.droppedTrailingPartial());
    assertArrayEquals(new long[] {-3 * DAY, 4 * DAY}, r.series().times());
    assertArrayEquals(new double[] {4, 7}, r.series().volumes());
  }

  @Test
  void anEmptySeriesStaysEmpty() {
    Resampled r = Resampler.resample(tenMinutes().view(0, 0), Timeframe.H1);
    assertEquals(0, r.series().size());
    assertFalse(r.droppedTrailingPartial());
  }

  @ParameterizedTest
  @CsvSource({"5m, 3m", "1h, 5m", "3m, 5m", "1d, 1h", "4h, 6h", "1d, 1m"})
  void refusesTargetsThatAreNotWholeMultiples(String from, String to) {
    BarSeries src = tenMinutes().withId(SeriesId.parse("X:" + from));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Resampler.resample(src, Timeframe.parse(to)));
    assertTrue(
        e.getMessage().startsWith("cannot resample " + from + " bars to " + to), e.getMessage());
  }
}
