package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.metrics.Metrics;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SharedData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parity with backtesting.py (kernc/backtesting.py) on its own reference case: {@code SmaCross}
 * (fast 10, slow 30; {@code position.close(); buy()} on a golden cross, {@code position.close();
 * sell()} on a death cross) on the bundled GOOG daily data ({@code backtesting/test/GOOG.csv} at
 * 9c2b8e1c99f3a860883222ba8d6d5b5cac3a932d, here {@code backtestingpy_GOOG_1d.csv}), cash 10,000,
 * no commission, no spread, orders at the next open, size 1 − ε (whole units).
 *
 * <p>Expected numbers are the ones backtesting.py's {@code backtesting/test/_test.py} pins in
 * {@code TestBacktest.test_compute_stats}: the current version runs with {@code
 * finalize_trades=True} (66 trades, Equity Final 51422.99; its closing orders fill at the last
 * bar's open = our {@link CloseAtEnd#OPEN}); older versions (e.g. the one stored as commit
 * 028f02d4c5c358e39d67411eeb1f1a5f82370cef) left the last trade open (65 trades, Equity Final
 * 51959.95 = our {@link CloseAtEnd#NO}). backtesting.py compares with rtol 1e-8; so do we. Its
 * annualized statistics use other conventions than ours (geometric mean daily return, 252 trading
 * days; see BACKTESTING_PY_PARITY.md), so those are recomputed here from our equity curve with
 * backtesting.py's formulas ({@code backtesting/_stats.py}, {@code compute_stats}) — proving the
 * curve is the same — while the metrics we define the same way are asserted directly.
 */
class BacktestingPyParityTest {
  private static final double RTOL = 1e-8;
  private static BarSeries goog;
  private static double[] target;

  @BeforeAll
  static void load() {
    goog = TestBars.readBacktestingPy(SharedData.file("backtestingpy_GOOG_1d.csv"), "GOOG");
    target = TestBars.smaCross(goog.closes(), 10, 30);
  }

  private static EngineConfig config(CloseAtEnd end) {
    return EngineConfig.builder()
        .fee(0)
        .sizing(new Sizing.AllInUnits())
        .maintenanceMarginRate(0)
        .closeAtEnd(end)
        .cash(10_000)
        .build();
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.abs(expected) * RTOL, what);
  }

  @Test
  void currentVersionWithFinalizeTrades() {
    BacktestResult r = Engine.run(goog, target, config(CloseAtEnd.OPEN));
    Metrics m = r.metrics();
    List<Trade> trades = r.trades();
    double[] equity = r.equity();

    assertEquals(66, trades.size());
    assertEquals(66, m.get(Metric.TRADES));
    close(51422.98999999996, m.get(Metric.FINAL_EQUITY), "Equity Final [$]");
    close(75787.44, m.get(Metric.PEAK_EQUITY), "Equity Peak [$]");
    close(414.2298999999996, m.get(Metric.TOTAL_RETURN) * 100, "Return [%]");
    close(46.96969696969697, m.get(Metric.WIN_RATE) * 100, "Win Rate [%]");
    close(53.59595229490424, m.get(Metric.BEST_TRADE) * 100, "Best Trade [%]");
    close(-18.39887353835481, m.get(Metric.WORST_TRADE) * 100, "Worst Trade [%]");
    close(3.2748078066748834, m.get(Metric.AVG_TRADE) * 100, "Expectancy [%] (mean return)");
    close(1.0766187356697705, m.get(Metric.SQN), "SQN");
    close(0.1518705127029717, m.get(Metric.KELLY), "Kelly Criterion");
    close(47.98012705007589, m.get(Metric.MAX_DRAWDOWN) * 100, "Max. Drawdown [%]");
    close(5.925851581948801, m.get(Metric.AVG_DRAWDOWN) * 100, "Avg. Drawdown [%]");
    assertEquals(584 * TestBars.DAY, m.get(Metric.MAX_DRAWDOWN_MS), "Max. Drawdown Duration");
    close(96.74115456238361, m.get(Metric.EXPOSURE) * 100, "Exposure Time [%]");
    close(703.4582419772772, m.get(Metric.BUY_AND_HOLD_RETURN) * 100, "B&H (older versions)");

    // backtesting.py conventions recomputed from our trades and equity curve.
    close(2.531715975158555, geometricMeanTradeReturn(trades) * 100, "Avg. Trade [%]");
    close(2.167945974262033, returnProfitFactor(trades), "Profit Factor (on returns)");
    assertEquals(183 * TestBars.DAY, maxTradeMs(trades), "Max. Trade Duration");
    assertEquals(46, Math.ceil(meanTradeMs(trades) / TestBars.DAY), "Avg. Trade Duration");
    AnnualStats a = new AnnualStats(equity, 252);
    close(21.180255813792282, a.annualReturn * 100, "Return (Ann.) [%]");
    close(36.49390889140787, a.volatility * 100, "Volatility (Ann.) [%]");
    close(0.5803778344714113, a.annualReturn / a.volatility, "Sharpe Ratio");
    close(1.0847880675854096, a.sortino, "Sortino Ratio");
    close(0.4414380935608377, a.annualReturn / m.get(Metric.MAX_DRAWDOWN), "Calmar Ratio");
    double years = (goog.lastTime() - goog.firstTime()) / (double) TestBars.DAY / 252;
    close(
        14.159843619607383,
        (Math.pow(equity[equity.length - 1] / equity[0], 1 / years) - 1) * 100,
        "CAGR [%]");
    // Current versions measure buy & hold from the first bar after the indicators' warm-up
    // (_indicator_warmup_nbars: the 30-bar SMA's 29 NaNs).
    close(522.0601851851852, (goog.close(goog.size() - 1) / goog.close(29) - 1) * 100, "B&H [%]");
  }

  @Test
  void olderVersionLeavesTheLastTradeOpen() {
    Metrics m = Engine.metrics(goog, target, config(CloseAtEnd.NO));
    assertEquals(65, m.get(Metric.TRADES));
    close(51959.94999999997, m.get(Metric.FINAL_EQUITY), "Equity Final [$]");
    close(75787.44, m.get(Metric.PEAK_EQUITY), "Equity Peak [$]");
    close(419.59949999999964, m.get(Metric.TOTAL_RETURN) * 100, "Return [%]");
    close(46.15384615384615, m.get(Metric.WIN_RATE) * 100, "Win Rate [%]");
    close(53.59595229490424, m.get(Metric.BEST_TRADE) * 100, "Best Trade [%]");
    close(-18.39887353835481, m.get(Metric.WORST_TRADE) * 100, "Worst Trade [%]");
    close(47.98012705007589, m.get(Metric.MAX_DRAWDOWN) * 100, "Max. Drawdown [%]");
    close(5.925851581948801, m.get(Metric.AVG_DRAWDOWN) * 100, "Avg. Drawdown [%]");
    assertEquals(584 * TestBars.DAY, m.get(Metric.MAX_DRAWDOWN_MS), "Max. Drawdown Duration");
  }

  private static double geometricMeanTradeReturn(List<Trade> trades) {
    double sumLog = 0;
    for (Trade t : trades) {
      sumLog += Math.log1p(t.returnPct());
    }
    return Math.expm1(sumLog / trades.size());
  }

  private static double returnProfitFactor(List<Trade> trades) {
    double up = 0;
    double down = 0;
    for (Trade t : trades) {
      if (t.returnPct() > 0) {
        up += t.returnPct();
      } else {
        down -= t.returnPct();
      }
    }
    return up / down;
  }

  private static long maxTradeMs(List<Trade> trades) {
    return trades.stream().mapToLong(t -> t.exitTime() - t.entryTime()).max().orElseThrow();
  }

  private static double meanTradeMs(List<Trade> trades) {
    return trades.stream().mapToLong(t -> t.exitTime() - t.entryTime()).average().orElseThrow();
  }

  /**
   * backtesting.py's annualization (compute_stats): daily returns r (pct_change, first NaN), g =
   * exp(Σ log(1 + r) / N) − 1 with the NaN counted as 0 among N = all bars, annual return (1 + g)^D
   * − 1, volatility √((var(r) + (1 + g)²)^D − (1 + g)^(2D)) with var over the N − 1 returns (ddof
   * 1), Sortino annual return / (√mean(min(r, 0)²) · √D).
   */
  private static final class AnnualStats {
    final double annualReturn;
    final double volatility;
    final double sortino;

    AnnualStats(double[] equity, int days) {
      int n = equity.length;
      double[] r = new double[n - 1];
      double sumLog = 0;
      double sumDown2 = 0;
      for (int i = 1; i < n; i++) {
        r[i - 1] = equity[i] / equity[i - 1] - 1;
        sumLog += Math.log1p(r[i - 1]);
        double d = Math.min(r[i - 1], 0);
        sumDown2 += d * d;
      }
      double g = Math.expm1(sumLog / n);
      double var = new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(r);
      annualReturn = Math.pow(1 + g, days) - 1;
      volatility = Math.sqrt(Math.pow(var + (1 + g) * (1 + g), days) - Math.pow(1 + g, 2.0 * days));
      sortino = annualReturn / (Math.sqrt(sumDown2 / (n - 1)) * Math.sqrt(days));
    }
  }
}
