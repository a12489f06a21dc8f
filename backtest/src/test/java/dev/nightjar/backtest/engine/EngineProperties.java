package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Laws of the engine on random markets, targets and configurations. */
class EngineProperties {

  /** A random configuration with every feature possibly on (leverage up to 5). */
  static EngineConfig randomConfig(long seed) {
    SplittableRandom r = new SplittableRandom(seed * 31 + 7);
    Sizing[] sizings = {
      new Sizing.AllIn(),
      new Sizing.Fraction(0.3),
      new Sizing.Notional(3000),
      new Sizing.AllInUnits()
    };
    return EngineConfig.builder()
        .fill(r.nextBoolean() ? FillTiming.NEXT_OPEN : FillTiming.CLOSE)
        .fee(r.nextDouble() * 0.002)
        .spread(r.nextBoolean() ? 0 : r.nextDouble() * 0.001)
        .slippageBps(r.nextBoolean() ? 0 : r.nextDouble() * 5)
        .sizing(sizings[r.nextInt(sizings.length)])
        .leverage(1 + r.nextInt(5))
        .maintenanceMarginRate(0.005)
        .stopLoss(r.nextBoolean() ? 0 : 0.005 + r.nextDouble() * 0.05)
        .takeProfit(r.nextBoolean() ? 0 : 0.005 + r.nextDouble() * 0.05)
        .trailingStop(r.nextBoolean() ? 0 : 0.005 + r.nextDouble() * 0.05)
        .funding(r.nextBoolean() ? new Funding.None() : new Funding.Constant(0.0001))
        .closeAtEnd(CloseAtEnd.values()[r.nextInt(3)])
        .build();
  }

  @Property(tries = 200)
  void buyAndHoldWithoutCostsTracksThePrice(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.02);
    double[] target = new double[n];
    Arrays.fill(target, Double.NaN);
    target[0] = 1;
    EngineConfig c =
        EngineConfig.builder()
            .fill(FillTiming.CLOSE)
            .fee(0)
            .maintenanceMarginRate(0)
            .closeAtEnd(CloseAtEnd.NO)
            .build();
    double[] e = Engine.run(s, target, c).equity();
    for (int i = 0; i < n; i++) {
      double expected = s.close(i) / s.close(0);
      assertEquals(expected, e[i] / c.cash(), 1e-12 * expected, "bar " + i);
    }
  }

  /**
   * With all-in sizing each trade multiplies equity by 1 + G/(q + p·fee), G the net gain per unit;
   * both G and 1/(q + p·fee) fall as the fee rises while G stays above −(q + p·fee) (no loss beyond
   * the stake), which leverage 1 guarantees for realistic moves. Spread is 0 so that a short's
   * lower entry price cannot make a higher fee cheaper in a losing trade of more than 2/spread ×.
   */
  @Property(tries = 200)
  void higherFeesNeverRaiseFinalEquity(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 300) int n,
      @ForAll @DoubleRange(min = 0, max = 0.01) double feeA,
      @ForAll @DoubleRange(min = 0, max = 0.01) double feeB) {
    BarSeries s = RandomMarket.series(seed, n, 0.01);
    double[] target = RandomMarket.targets(seed, n, 0.1);
    EngineConfig base =
        randomConfig(seed).toBuilder().sizing(new Sizing.AllIn()).spread(0).leverage(1).build();
    double low = Math.min(feeA, feeB);
    double high = Math.max(feeA, feeB);
    double eLow =
        Engine.metrics(s, target, base.toBuilder().fee(low).build()).get(Metric.FINAL_EQUITY);
    double eHigh =
        Engine.metrics(s, target, base.toBuilder().fee(high).build()).get(Metric.FINAL_EQUITY);
    assertTrue(eHigh <= eLow + 1e-9 * Math.abs(eLow), eHigh + " > " + eLow);
  }

  @Property(tries = 100)
  void aZeroTargetNeverTradesAndKeepsEquityFlat(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.02);
    EngineConfig c = randomConfig(seed);
    BacktestResult r = Engine.run(s, new double[n], c);
    assertEquals(0, r.trades().size());
    assertEquals(0, r.rejections().size());
    for (double e : r.equity()) {
      assertEquals(c.cash(), e);
    }
    assertEquals(0, r.metrics().get(Metric.TOTAL_RETURN));
    assertEquals(0, r.metrics().get(Metric.MAX_DRAWDOWN));
  }

  /**
   * No look-ahead: the run on the first t bars has, bit for bit, the same equity on those bars and
   * the same trades closed before bar t as the run on all bars (with trades left open at the end).
   */
  @Property(tries = 200)
  void truncatingTheDataNeverChangesThePast(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 300) int cut) {
    int t = Math.min(cut, n);
    BarSeries s = RandomMarket.series(seed, n, 0.01);
    double[] target = RandomMarket.targets(seed, n, 0.1);
    EngineConfig c = randomConfig(seed).toBuilder().closeAtEnd(CloseAtEnd.NO).build();
    BacktestResult full = Engine.run(s, target, c);
    BacktestResult part = Engine.run(s.view(0, t), Arrays.copyOf(target, t), c);
    assertArrayEquals(Arrays.copyOf(full.equity(), t), part.equity());
    List<Trade> before = full.trades().stream().filter(tr -> tr.exitBar() < t).toList();
    assertEquals(before, part.trades());
  }

  @Property(tries = 100)
  void runsAreDeterministic(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.01);
    double[] target = RandomMarket.targets(seed, n, 0.1);
    EngineConfig c = randomConfig(seed);
    assertEquals(Engine.run(s, target, c), Engine.run(s, target, c));
  }

  @Property(tries = 200)
  void metricsOnlyEqualsTheFullRunBitForBit(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.01);
    double[] target = RandomMarket.targets(seed, n, 0.1);
    EngineConfig c = randomConfig(seed);
    double[] out = new double[Metric.count()];
    Engine.metrics(s, target, c, out);
    assertArrayEquals(Engine.run(s, target, c).metrics().toArray(), out);
  }

  /**
   * One {@link PriceColumns} shared by many metrics-only runs (as in a sweep) gives each run, bit
   * for bit, the metrics of its own full run: the columns carry no state between runs.
   */
  @Property(tries = 50)
  void sharedColumnsGiveEachRunItsFullRunMetrics(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    BarSeries s = RandomMarket.series(seed, n, 0.02);
    PriceColumns shared = PriceColumns.of(s);
    double[] out = new double[Metric.count()];
    for (int k = 0; k < 5; k++) {
      double[] target = RandomMarket.targets(seed + k, n, 0.05 * (k + 1));
      EngineConfig c = randomConfig(seed + 31 * k);
      Engine.metrics(shared, target, c, out);
      assertArrayEquals(Engine.run(s, target, c).metrics().toArray(), out);
    }
  }
}
