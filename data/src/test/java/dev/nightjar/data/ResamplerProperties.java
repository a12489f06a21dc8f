package dev.nightjar.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ResamplerProperties {
  private static final long MIN = 60_000L;

  /**
   * Random bars of timeframe {@code tf}, aligned, starting anywhere within 20 days around the epoch
   * (so before it too), with random gaps when {@code gaps} (20 % of steps skip up to 150 bars).
   * Volumes are whole numbers, so their sums are exact in any order and can be compared with {@code
   * ==}.
   */
  static BarSeries randomBars(long seed, int n, Timeframe tf, boolean gaps) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    long k = random.nextLong(-20 * 1440, 20 * 1440) * MIN / tf.millis();
    for (int i = 0; i < n; i++) {
      k += gaps && random.nextInt(5) == 0 ? 1 + random.nextInt(150) : 1;
      t[i] = tf.anchor() + k * tf.millis();
      o[i] = 50 + random.nextDouble() * 100;
      c[i] = 50 + random.nextDouble() * 100;
      h[i] = Math.max(o[i], c[i]) + random.nextDouble() * 10;
      l[i] = Math.min(o[i], c[i]) - random.nextDouble() * 10;
      v[i] = random.nextInt(1000);
    }
    return BarSeries.of(new SeriesId(Symbol.of("R"), tf), t, o, h, l, c, v);
  }

  @Provide
  Arbitrary<Timeframe> minuteTargets() {
    return Arbitraries.of(Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1);
  }

  /** Obvious reference: group bars by {@code floor(t / to) * to} in a list of lists, then fold. */
  private static BarSeries slowReference(BarSeries src, Timeframe to) {
    long ms = to.millis();
    List<List<Integer>> groups = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < src.size(); i++) {
      long start = Math.floorDiv(src.time(i), ms) * ms;
      if (starts.isEmpty() || starts.get(starts.size() - 1) != start) {
        starts.add(start);
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(i);
    }
    int last = starts.size() - 1;
    if (last >= 0 && src.lastTime() + src.timeframe().millis() < starts.get(last) + ms) {
      starts.remove(last);
      groups.remove(last);
    }
    int m = starts.size();
    long[] t = new long[m];
    double[] o = new double[m];
    double[] h = new double[m];
    double[] l = new double[m];
    double[] c = new double[m];
    double[] v = new double[m];
    for (int b = 0; b < m; b++) {
      List<Integer> g = groups.get(b);
      t[b] = starts.get(b);
      o[b] = src.open(g.get(0));
      c[b] = src.close(g.get(g.size() - 1));
      h[b] = Double.NEGATIVE_INFINITY;
      l[b] = Double.POSITIVE_INFINITY;
      for (int i : g) {
        h[b] = Math.max(h[b], src.high(i));
        l[b] = Math.min(l[b], src.low(i));
        v[b] += src.volume(i);
      }
    }
    return BarSeries.of(new SeriesId(src.symbol(), to), t, o, h, l, c, v);
  }

  private static void assertSameBars(BarSeries expected, BarSeries actual) {
    assertEquals(expected.id(), actual.id());
    assertArrayEquals(expected.times(), actual.times());
    assertArrayEquals(expected.opens(), actual.opens());
    assertArrayEquals(expected.highs(), actual.highs());
    assertArrayEquals(expected.lows(), actual.lows());
    assertArrayEquals(expected.closes(), actual.closes());
    assertArrayEquals(expected.volumes(), actual.volumes());
  }

  @Property(tries = 200)
  void matchesASlowReference(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2000) int n,
      @ForAll("minuteTargets") Timeframe to) {
    BarSeries src = randomBars(seed, n, Timeframe.M1, true);
    assertSameBars(slowReference(src, to), Resampler.resample(src, to).series());
  }

  @Property(tries = 200)
  void viaFiveMinutesEqualsDirectWithoutGaps(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 2000) int n) {
    BarSeries src = randomBars(seed, n, Timeframe.M1, false);
    BarSeries fives = Resampler.resample(src, Timeframe.M5).series();
    assertSameBars(
        Resampler.resample(src, Timeframe.H1).series(),
        Resampler.resample(fives, Timeframe.H1).series());
  }

  /**
   * With gaps, the two paths may differ in the last hour only: minutes 0-41 of an hour followed by
   * a partial 5m bucket in the next hour keep that hour directly (the data goes on past it), but
   * the 5m series drops the partial bucket, so its last hour looks unfinished and is dropped.
   */
  @Property(tries = 200)
  void viaFiveMinutesIsDirectOrDirectMinusTheLastHour(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 2000) int n) {
    BarSeries src = randomBars(seed, n, Timeframe.M1, true);
    BarSeries direct = Resampler.resample(src, Timeframe.H1).series();
    BarSeries via =
        Resampler.resample(Resampler.resample(src, Timeframe.M5).series(), Timeframe.H1).series();
    assertTrue(via.size() == direct.size() || via.size() == direct.size() - 1, "sizes");
    assertSameBars(direct.view(0, via.size()), via);
  }

  @Property(tries = 200)
  void sameTimeframeIsIdentity(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 500) int n, @ForAll Timeframe tf) {
    BarSeries src = randomBars(seed, n, tf, true);
    Resampled r = Resampler.resample(src, tf);
    assertFalse(r.droppedTrailingPartial());
    assertSameBars(src, r.series());
  }

  @Property(tries = 200)
  void volumeIsConservedOverCompleteBuckets(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 2000) int n,
      @ForAll("minuteTargets") Timeframe to) {
    BarSeries src = randomBars(seed, n, Timeframe.M1, true);
    Resampled r = Resampler.resample(src, to);
    BarSeries out = r.series();
    long end = out.isEmpty() ? Long.MIN_VALUE : out.lastTime() + to.millis();
    double inComplete = 0;
    int after = 0;
    for (int i = 0; i < src.size(); i++) {
      if (src.time(i) < end) {
        inComplete += src.volume(i);
      } else {
        after++;
      }
    }
    double total = 0;
    for (double v : out.volumes()) {
      total += v;
    }
    assertEquals(inComplete, total);
    assertEquals(after, r.droppedBars());
  }
}
