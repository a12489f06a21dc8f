package dev.nightjar.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The batch form {@link MetricsAccumulator#onHeldBars} against the per-bar form, bit for bit. */
class MetricsAccumulatorProperties {

  /**
   * A random walk of closes cut into random stretches, each held flat, long or short with its own
   * cash and entry price (large enough moves to go underwater, recover and make new peaks): feeding
   * each stretch to onHeldBars gives exactly the metrics of feeding every bar to onBar with equity
   * = cash + position · (close − entry), or cash when flat.
   */
  @Property(tries = 200)
  void heldBarsEqualsOnBarPerBarBitForBit(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] t = new long[n];
    double[] c = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      t[i] = 1_700_000_000_000L + i * 60_000L;
      price *= Math.exp(0.03 * (rnd.nextDouble() - 0.5));
      c[i] = price;
    }
    MetricsAccumulator perBar = new MetricsAccumulator(1000);
    MetricsAccumulator batched = new MetricsAccumulator(1000);
    int from = 0;
    while (from < n) {
      int to = Math.min(n, from + 1 + rnd.nextInt(30));
      double cash = 500 + rnd.nextDouble() * 1000;
      double position = (rnd.nextInt(3) - 1) * rnd.nextDouble() * 20;
      double entry = c[from] * (0.95 + 0.1 * rnd.nextDouble());
      for (int i = from; i < to; i++) {
        double equity = position == 0 ? cash : cash + position * (c[i] - entry);
        perBar.onBar(t[i], equity, position != 0);
      }
      batched.onHeldBars(t, c, from, to, cash, position, entry);
      from = to;
    }
    double[] expected = new double[Metric.count()];
    double[] actual = new double[Metric.count()];
    perBar.finish(525_600, 0.1, expected);
    batched.finish(525_600, 0.1, actual);
    assertArrayEquals(expected, actual);
  }
}
