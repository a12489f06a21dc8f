package dev.nightjar.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link EquityLanes}: each lane's metrics are those of feeding its accumulator directly. */
class EquityLanesProperties {
  private static final double CASH = 1000;

  /**
   * A random walk of closes and, per lane, random pieces: stretches and single bars, long, short or
   * flat, with cash that sometimes equals the peak, is zero or is 0.1 (a lane at its peak, or
   * outside the kernel's exact range), trades that open and close within a bar; accumulated at
   * random cuts, with a lane freed part way. Each remaining lane finishes with the metrics of the
   * same calls made on an accumulator directly, bit for bit.
   */
  @Property(tries = 300)
  void eachLaneEqualsItsDirectFeedBitForBit(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 600) int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] time = new long[n];
    double[] close = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      price *= Math.exp(0.02 * (rnd.nextDouble() - 0.5));
      time[i] = 60_000L * i;
      close[i] = price;
    }
    EquityLanes lanes = new EquityLanes(time, close);
    int count = 1 + rnd.nextInt(lanes.width());
    MetricsAccumulator[] direct = new MetricsAccumulator[count];
    MetricsAccumulator[] laned = new MetricsAccumulator[count];
    EquitySink[] sinks = new EquitySink[count];
    int[] next = new int[count];
    for (int k = 0; k < count; k++) {
      direct[k] = new MetricsAccumulator(CASH);
      laned[k] = new MetricsAccumulator(CASH);
      sinks[k] = lanes.add(laned[k]);
    }
    int freed = rnd.nextInt(count + 1);
    int from = 0;
    while (from < n) {
      int to = Math.min(n, from + 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 150));
      for (int k = 0; k < count; k++) {
        if (sinks[k] == null) {
          continue;
        }
        if (k == freed && rnd.nextInt(4) == 0) {
          lanes.remove(sinks[k]);
          sinks[k] = null;
          continue;
        }
        while (next[k] < to) {
          feedOnePiece(rnd, time, close, next[k], to, direct[k], sinks[k], next, k);
        }
      }
      lanes.accumulate(to);
      from = to;
    }
    for (int k = 0; k < count; k++) {
      if (sinks[k] != null) {
        double[] want = new double[Metric.count()];
        double[] got = new double[Metric.count()];
        direct[k].finish(525_600, 0.1, want);
        laned[k].finish(525_600, 0.1, got);
        assertArrayEquals(want, got, "lane " + k);
      }
    }
  }

  private static void feedOnePiece(
      SplittableRandom rnd,
      long[] time,
      double[] close,
      int from,
      int end,
      MetricsAccumulator direct,
      EquitySink sink,
      int[] next,
      int k) {
    double cash =
        switch (rnd.nextInt(8)) {
          case 0 -> 0;
          case 1 -> 0.1;
          case 2 -> CASH * 3;
          default -> CASH * (0.5 + rnd.nextDouble());
        };
    double position = rnd.nextInt(3) == 0 ? 0 : (rnd.nextBoolean() ? 1 : -1) * rnd.nextDouble() * 5;
    double entry = close[from] * (0.9 + 0.2 * rnd.nextDouble());
    if (rnd.nextInt(3) == 0) {
      boolean exposed = position != 0 || rnd.nextBoolean();
      direct.onBar(time, close, from, cash, position, entry, exposed);
      sink.onBar(time, close, from, cash, position, entry, exposed);
      next[k] = from + 1;
    } else {
      int to = Math.min(end, from + 1 + rnd.nextInt(40));
      direct.onHeldBars(time, close, from, to, cash, position, entry);
      sink.onHeldBars(time, close, from, to, cash, position, entry);
      next[k] = to;
    }
  }

  @Example
  void aLaneThatSkippedBarsIsRefused() {
    long[] time = {0, 1, 2, 3};
    double[] close = {1, 2, 3, 4};
    EquityLanes lanes = new EquityLanes(time, close);
    EquitySink sink = lanes.add(new MetricsAccumulator(CASH));
    sink.onHeldBars(time, close, 0, 2, CASH, 0, 0);
    IllegalStateException gap =
        assertThrows(
            IllegalStateException.class, () -> sink.onHeldBars(time, close, 3, 4, CASH, 0, 0));
    assertTrue(gap.getMessage().contains("expected bar 2, got 3"), gap.getMessage());
    IllegalStateException early =
        assertThrows(IllegalStateException.class, () -> lanes.accumulate(4));
    assertTrue(early.getMessage().contains("recorded bars up to 2, not 4"), early.getMessage());
  }

  @Example
  void noMoreLanesThanTheWidth() {
    EquityLanes lanes = new EquityLanes(new long[] {0}, new double[] {1});
    for (int j = 0; j < lanes.width(); j++) {
      lanes.add(new MetricsAccumulator(CASH));
    }
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> lanes.add(new MetricsAccumulator(CASH)));
    assertTrue(e.getMessage().contains("lanes are taken"), e.getMessage());
  }
}
