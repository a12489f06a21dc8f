package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link MetricsRun}: fed block by block, the metrics of the whole run, bit for bit. */
class MetricsRunProperties {

  /**
   * Random markets, targets and configurations (every engine feature possibly on), cut into random
   * blocks, some of one bar: each block's targets appended, then advanced over; the metrics equal
   * the full run's, and the run holds no more than the targets not yet acted on.
   */
  @Property(tries = 300)
  void blockByBlockEqualsTheWholeRunBitForBit(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.02);
    double[] target = RandomMarket.targets(seed, n, 0.1);
    EngineConfig c = EngineProperties.randomConfig(seed);
    SplittableRandom rnd = new SplittableRandom(seed);

    MetricsRun run = new MetricsRun(PriceColumns.of(s), c);
    int from = 0;
    while (from < n) {
      int to = Math.min(n, from + 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 80));
      for (int i = from; i < to; i++) {
        if (!Double.isNaN(target[i])) {
          run.targets().add(i, target[i]);
        }
      }
      run.advance(to);
      assertTrue(run.targets().size() <= 1, "holds " + run.targets().size() + " targets");
      from = to;
    }
    double[] out = new double[Metric.count()];
    run.finish(out);
    assertArrayEquals(Engine.run(s, target, c).metrics().toArray(), out);
  }

  @Example
  void aTargetForABarAlreadyRunIsRefused() {
    BarSeries s = RandomMarket.series(1, 20, 0.02);
    EngineConfig close = EngineConfig.builder().fill(FillTiming.CLOSE).build();
    MetricsRun run = new MetricsRun(PriceColumns.of(s), close);
    run.advance(10);
    run.targets().add(9, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run.advance(12));
    assertTrue(e.getMessage().contains("target at bar 9"), e.getMessage());
  }

  @Example
  void aTargetBeyondTheBlockIsRefused() {
    BarSeries s = RandomMarket.series(1, 20, 0.02);
    MetricsRun run = new MetricsRun(PriceColumns.of(s), EngineConfig.defaults());
    run.targets().add(12, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run.advance(10));
    assertTrue(e.getMessage().contains("not before bar 10"), e.getMessage());
  }

  @Example
  void finishingEarlyOrTwiceIsRefused() {
    BarSeries s = RandomMarket.series(1, 20, 0.02);
    MetricsRun run = new MetricsRun(PriceColumns.of(s), EngineConfig.defaults());
    double[] out = new double[Metric.count()];
    run.advance(19);
    assertThrows(IllegalStateException.class, () -> run.finish(out));
    run.advance(20);
    run.finish(out);
    assertEquals(EngineConfig.defaults().cash(), out[Metric.FINAL_EQUITY.ordinal()]);
    assertThrows(IllegalStateException.class, () -> run.finish(out));
  }
}
