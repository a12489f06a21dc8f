package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.EquityLanes;
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

  /**
   * Up to a full set of lanes' worth of runs over one random market, each with its own random
   * targets and configuration, advanced block by block with their bars accumulated together in
   * {@link dev.nightjar.backtest.metrics.EquityLanes} (SIMD); one of them may give up part way:
   * each run that finishes has the metrics of its own whole run, bit for bit.
   */
  @Property(tries = 200)
  void runsSharingLanesEqualTheirWholeRunsBitForBit(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.02);
    PriceColumns columns = PriceColumns.of(s);
    EquityLanes lanes = columns.lanes();
    SplittableRandom rnd = new SplittableRandom(seed);
    int count = 1 + rnd.nextInt(lanes.width());
    double[][] targets = new double[count][];
    EngineConfig[] configs = new EngineConfig[count];
    MetricsRun[] runs = new MetricsRun[count];
    for (int k = 0; k < count; k++) {
      targets[k] = RandomMarket.targets(seed + k, n, 0.02 + 0.2 * rnd.nextDouble());
      configs[k] = EngineProperties.randomConfig(seed + 31L * k);
      runs[k] = new MetricsRun(columns, configs[k], lanes);
    }
    int quitter = rnd.nextInt(count + 1);
    int quitAt = rnd.nextInt(n);
    int from = 0;
    while (from < n) {
      int to = Math.min(n, from + 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 120));
      for (int k = 0; k < count; k++) {
        if (k == quitter && from >= quitAt) {
          runs[k].leaveLanes();
          quitter = -1;
          runs[k] = null;
        }
        if (runs[k] == null) {
          continue;
        }
        for (int i = from; i < to; i++) {
          if (!Double.isNaN(targets[k][i])) {
            runs[k].targets().add(i, targets[k][i]);
          }
        }
        runs[k].advance(to);
      }
      lanes.accumulate(to);
      from = to;
    }
    for (int k = 0; k < count; k++) {
      if (runs[k] != null) {
        double[] out = new double[Metric.count()];
        runs[k].finish(out);
        assertArrayEquals(
            Engine.run(s, targets[k], configs[k]).metrics().toArray(), out, "run " + k);
      }
    }
  }

  @Example
  void aRunInLanesFinishesOnlyOnceTheLanesAccumulated() {
    BarSeries s = RandomMarket.series(1, 20, 0.02);
    PriceColumns columns = PriceColumns.of(s);
    EquityLanes lanes = columns.lanes();
    MetricsRun run = new MetricsRun(columns, EngineConfig.defaults(), lanes);
    run.advance(20);
    double[] out = new double[Metric.count()];
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.finish(out));
    assertTrue(e.getMessage().contains("accumulated 0 of 20"), e.getMessage());
    lanes.accumulate(20);
    run.finish(out);
    assertEquals(EngineConfig.defaults().cash(), out[Metric.FINAL_EQUITY.ordinal()]);
  }

  @Example
  void aRunThatLeftItsLanesCannotFinish() {
    BarSeries s = RandomMarket.series(1, 20, 0.02);
    PriceColumns columns = PriceColumns.of(s);
    EquityLanes lanes = columns.lanes();
    MetricsRun run = new MetricsRun(columns, EngineConfig.defaults(), lanes);
    run.advance(20);
    run.leaveLanes();
    lanes.accumulate(20);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> run.finish(new double[Metric.count()]));
    assertTrue(e.getMessage().contains("left its lanes"), e.getMessage());
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
