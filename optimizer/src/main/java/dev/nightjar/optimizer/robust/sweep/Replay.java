package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.backtest.engine.BacktestResult;
import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.report.StrategyInfo;
import dev.nightjar.optimizer.robust.PeriodReturns;
import java.util.List;

/**
 * Re-runs one combination on one symbol with the full engine (equity curve and trades), the same
 * targets as the sweep's evaluator: the strategy over the symbol's shared {@link FeatureCache},
 * then the direction. Not thread-safe (one feature cache per instance).
 */
final class Replay {
  private final BarSeries series;
  private final long[] time;
  private final FeatureCache features;

  Replay(BarSeries series) {
    this.series = series;
    this.time = series.times();
    this.features = new FeatureCache(series);
  }

  /** What a replay gives. */
  record Outcome(PeriodReturns returns, double[] tradeReturns) {}

  Outcome run(StrategyInfo strategy, Combination c, long periodMillis) {
    double[] target = strategy.strategy().targets(features, c.params(), strategy.direction());
    BacktestResult result = Engine.run(series, target, strategy.execution());
    double[] equity = result.equity();
    return new Outcome(
        PeriodReturns.of(time, equity, periodMillis), tradeReturns(result.trades(), equity));
  }

  /**
   * Each trade's return on the equity it was sized from: {@code pnl / E(entryBar − 1)} ({@code
   * E(0)} for a trade entered on bar 0), at least −1.
   */
  static double[] tradeReturns(List<Trade> trades, double[] equity) {
    double[] out = new double[trades.size()];
    for (int i = 0; i < out.length; i++) {
      Trade t = trades.get(i);
      double base = equity[Math.max(0, t.entryBar() - 1)];
      out[i] = base > 0 ? Math.max(-1, t.pnl() / base) : -1;
    }
    return out;
  }
}
