package dev.nightjar.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The batch form {@link MetricsAccumulator#onQuietBars} against the per-bar form, bit for bit. */
class MetricsAccumulatorProperties {

  /**
   * A random walk of bars cut into random stretches, each held flat, long or short with its own
   * cash and entry price (large enough moves to go underwater, recover and make new peaks), with a
   * sparse keep signal and a random price band (sometimes unbounded): onQuietBars stops at the
   * first bar a plain loop here finds non-quiet (signal not NaN at j − lag, low ≤ floor or high ≥
   * ceiling), and feeding the bars it took to it, and every other bar to onBar, gives exactly the
   * metrics of feeding every bar to onBar with equity = cash + position · (close − entry), or cash
   * when flat.
   */
  @Property(tries = 200)
  void quietBarsEqualOnBarPerBarBitForBit(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 400) int n,
      @ForAll @IntRange(min = 0, max = 1) int lag) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] t = new long[n];
    double[] c = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    double[] keep = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      t[i] = 1_700_000_000_000L + i * 60_000L;
      price *= Math.exp(0.03 * (rnd.nextDouble() - 0.5));
      c[i] = price;
      lo[i] = price * (1 - 0.02 * rnd.nextDouble());
      hi[i] = price * (1 + 0.02 * rnd.nextDouble());
      keep[i] = rnd.nextDouble() < 0.05 ? rnd.nextInt(3) - 1 : Double.NaN;
    }
    MetricsAccumulator perBar = new MetricsAccumulator(1000);
    MetricsAccumulator batched = new MetricsAccumulator(1000);
    perBar.onBar(t[0], 1000, false);
    batched.onBar(t[0], 1000, false);
    int from = 1;
    while (from < n) {
      int to = Math.min(n, from + 1 + rnd.nextInt(30));
      double cash = 500 + rnd.nextDouble() * 1000;
      double position = (rnd.nextInt(3) - 1) * rnd.nextDouble() * 20;
      double entry = c[from] * (0.95 + 0.1 * rnd.nextDouble());
      boolean banded = rnd.nextBoolean();
      double floor = banded ? c[from] * (1 - 0.06 * rnd.nextDouble()) : Double.NEGATIVE_INFINITY;
      double ceiling = banded ? c[from] * (1 + 0.06 * rnd.nextDouble()) : Double.POSITIVE_INFINITY;
      int stop = from;
      while (stop < to
          && Double.isNaN(keep[stop - lag])
          && floor < lo[stop]
          && hi[stop] < ceiling) {
        stop++;
      }
      for (int i = from; i < stop; i++) {
        perBar.onBar(t[i], position == 0 ? cash : cash + position * (c[i] - entry), position != 0);
      }
      assertEquals(
          stop,
          batched.onQuietBars(
              t, c, lo, hi, keep, lag, floor, ceiling, from, to, cash, position, entry));
      if (stop < n) {
        double equity = cash + position * (c[stop] - entry);
        perBar.onBar(t[stop], equity, position != 0);
        batched.onBar(t[stop], equity, position != 0);
      }
      from = stop + 1;
    }
    double[] expected = new double[Metric.count()];
    double[] actual = new double[Metric.count()];
    perBar.finish(525_600, 0.1, expected);
    batched.finish(525_600, 0.1, actual);
    assertArrayEquals(expected, actual);
  }
}
