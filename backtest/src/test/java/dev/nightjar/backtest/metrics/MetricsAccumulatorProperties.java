package dev.nightjar.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The batch form {@link MetricsAccumulator#onHeldBars} against the per-bar form, bit for bit. */
class MetricsAccumulatorProperties {

  /**
   * A random walk of bars cut into random stretches, each held flat, long or short with its own
   * cash and entry price (large enough moves to go underwater, recover and make new peaks), some
   * stretches empty: feeding each stretch to onHeldBars, and the bar after it to onBar, gives
   * exactly the metrics of feeding every bar to onBar with equity = cash + position · (close −
   * entry), or cash when flat. One stretch in four is long (up to 700 bars, several drawdown
   * episodes).
   */
  @Property(tries = 200)
  void heldBarsEqualOnBarPerBarBitForBit(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 1500) int n) {
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
    perBar.onBar(t[0], 1000, false);
    batched.onBar(t[0], 1000, false);
    int from = 1;
    while (from < n) {
      int stop = Math.min(n, from + rnd.nextInt(rnd.nextInt(4) == 0 ? 700 : 30));
      double cash = 500 + rnd.nextDouble() * 1000;
      double position = (rnd.nextInt(3) - 1) * rnd.nextDouble() * 20;
      double entry = c[from] * (0.95 + 0.1 * rnd.nextDouble());
      for (int i = from; i < stop; i++) {
        perBar.onBar(t[i], position == 0 ? cash : cash + position * (c[i] - entry), position != 0);
      }
      batched.onHeldBars(t, c, from, stop, cash, position, entry);
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
