package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.data.BarSeries;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link PriceColumns#firstOutside} against a plain bar-by-bar scan. */
class PriceColumnsProperties {
  private static final double[] NOT_FINITE = {
    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
  };

  /**
   * For random ranges (crossing several {@value PriceColumns#BLOCK}-bar blocks, or empty) and
   * random bands around the walk (tight, loose, one-sided, unbounded), the block-skipping search
   * returns the first bar a plain loop finds with low ≤ floor or high ≥ ceiling.
   */
  @Property(tries = 300)
  void firstOutsideIsTheFirstBarAPlainScanFinds(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 700) int n) {
    checkAgainstAPlainScan(RandomMarket.series(seed, n, 0.01), new SplittableRandom(seed));
  }

  /**
   * The same with a few lows or highs NaN or infinite (a series does not forbid them): such a bar
   * is never strictly inside a band (a comparison with NaN is false), and neither the series' nor a
   * block's extremes may pass over it, also with an unbounded band.
   */
  @Property(tries = 200)
  void firstOutsideStopsAtNaNAndInfinitePricesLikeAPlainScan(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 700) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.01);
    SplittableRandom rnd = new SplittableRandom(~seed);
    double[] high = s.highs();
    double[] low = s.lows();
    for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
      double[] column = rnd.nextBoolean() ? high : low;
      column[rnd.nextInt(n)] = NOT_FINITE[rnd.nextInt(NOT_FINITE.length)];
    }
    BarSeries odd = BarSeries.of(s.id(), s.times(), s.opens(), high, low, s.closes(), s.volumes());
    checkAgainstAPlainScan(odd, rnd);
  }

  /** 20 random ranges and bands of {@code s}: the search against the plain loop. */
  private static void checkAgainstAPlainScan(BarSeries s, SplittableRandom rnd) {
    int n = s.size();
    PriceColumns columns = PriceColumns.of(s);
    for (int k = 0; k < 20; k++) {
      int from = rnd.nextInt(n + 1);
      int to = from + rnd.nextInt(n - from + 1);
      double mid = s.close(Math.min(from, n - 1));
      double floor = bound(rnd, mid, -1);
      double ceiling = bound(rnd, mid, 1);
      int expected = from;
      while (expected < to && floor < s.low(expected) && s.high(expected) < ceiling) {
        expected++;
      }
      assertEquals(
          expected,
          columns.firstOutside(from, to, floor, ceiling),
          "bars [" + from + ", " + to + "), band (" + floor + ", " + ceiling + ")");
    }
  }

  /** Unbounded on one side a quarter of the time, else mid · (1 ± up to 10 %). */
  private static double bound(SplittableRandom rnd, double mid, int side) {
    if (rnd.nextInt(4) == 0) {
      return side * Double.POSITIVE_INFINITY;
    }
    return mid * (1 + side * 0.1 * rnd.nextDouble());
  }
}
