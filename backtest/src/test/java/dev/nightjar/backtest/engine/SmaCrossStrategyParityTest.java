package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.MovingAverageCross;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The built-in {@code sma-cross} strategy (TA-Lib-convention SMA kernel, strict crossings) through
 * the engine reproduces backtesting.py's pinned SmaCross result on GOOG — the same numbers as
 * {@link BacktestingPyParityTest} (66 trades, Equity Final 51422.99, from backtesting.py's {@code
 * test_compute_stats}), reached through the user-facing strategy instead of a test-local SMA.
 */
class SmaCrossStrategyParityTest {
  @Test
  void builtInStrategyMatchesBacktestingPy() {
    BarSeries goog =
        TestBars.readBacktestingPy(SharedData.file("backtestingpy_GOOG_1d.csv"), "GOOG");
    double[] target =
        MovingAverageCross.SMA.targets(
            new FeatureCache(goog), new double[] {10, 30}, Direction.LONG_SHORT);
    double[] reference = TestBars.smaCross(goog.closes(), 10, 30);
    assertArrayEquals(reference, target, "same signals as the slow reference SMA cross");

    EngineConfig config =
        EngineConfig.builder()
            .fee(0)
            .sizing(new Sizing.AllInUnits())
            .maintenanceMarginRate(0)
            .closeAtEnd(CloseAtEnd.OPEN)
            .cash(10_000)
            .build();
    BacktestResult r = Engine.run(goog, target, config);
    assertEquals(66, r.trades().size());
    assertEquals(51422.99, r.metrics().get(Metric.FINAL_EQUITY), 51422.99 * 1e-8);
  }
}
