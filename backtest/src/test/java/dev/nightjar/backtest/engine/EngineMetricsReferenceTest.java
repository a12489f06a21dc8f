package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.metrics.Metrics;
import dev.nightjar.data.BarSeries;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.moment.SemiVariance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming metrics of a run recomputed from the run's stored equity curve and trade list with
 * Apache Commons Math (return statistics, downside semivariance, trade statistics) and with slow
 * obviously-correct loops (drawdown episodes, exposure), on random markets with every feature on.
 */
class EngineMetricsReferenceTest {
  private static final double TOL = 1e-9;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void streamingMetricsMatchCommonsMathOnTheStoredCurve(long seed) {
    int n = 3000;
    BarSeries s = RandomMarket.series(seed, n, 0.01);
    double[] target = RandomMarket.targets(seed, n, 0.05);
    EngineConfig c =
        EngineConfig.builder()
            .fill(seed % 2 == 0 ? FillTiming.NEXT_OPEN : FillTiming.CLOSE)
            .fee(0.0006)
            .spread(0.0002)
            .slippageBps(1)
            .leverage(seed % 3 == 0 ? 20 : 2)
            .sizing(seed % 3 == 0 ? new Sizing.Fraction(0.1) : new Sizing.AllIn())
            .stopLoss(seed % 2 == 0 ? 0.02 : 0)
            .takeProfit(0.03)
            .trailingStop(seed % 3 == 1 ? 0.015 : 0)
            .funding(new Funding.Constant(0.0001))
            .build();
    BacktestResult r = Engine.run(s, target, c);
    Metrics m = r.metrics();
    double[] e = r.equity();
    List<Trade> trades = r.trades();
    assertTrue(trades.size() > 20, "enough trades to test: " + trades.size());

    double cash = c.cash();
    double y = s.timeframe().barsPerYear();
    double[] ret = new double[n];
    for (int i = 0; i < n; i++) {
      ret[i] = e[i] / (i == 0 ? cash : e[i - 1]) - 1;
    }
    DescriptiveStatistics rs = new DescriptiveStatistics(ret);
    near(e[n - 1] / cash - 1, m.get(Metric.TOTAL_RETURN), "total_return");
    near(Math.pow(e[n - 1] / cash, y / n) - 1, m.get(Metric.CAGR), "cagr");
    near(rs.getMean() * y, m.get(Metric.ANNUAL_RETURN), "annual_return");
    near(rs.getStandardDeviation() * Math.sqrt(y), m.get(Metric.ANNUAL_VOLATILITY), "volatility");
    near(rs.getMean() / rs.getStandardDeviation() * Math.sqrt(y), m.get(Metric.SHARPE), "sharpe");
    double downside = Math.sqrt(new SemiVariance(false).evaluate(ret, 0.0));
    near(rs.getMean() / downside * Math.sqrt(y), m.get(Metric.SORTINO), "sortino");
    near(
        Math.max(cash, new DescriptiveStatistics(e).getMax()),
        m.get(Metric.PEAK_EQUITY),
        "peak_equity");
    near(e[n - 1], m.get(Metric.FINAL_EQUITY), "final_equity");

    // Drawdown episodes, slowly: an episode runs from a peak bar to the first bar back at or above
    // that peak, or to the last bar.
    double peak = cash;
    int peakBar = 0;
    double maxDd = 0;
    int maxBars = 0;
    long maxMs = 0;
    double sumDepth = 0;
    int episodes = 0;
    double depth = 0;
    for (int i = 0; i <= n; i++) {
      boolean end = i == n;
      if (end || e[i] >= peak) {
        if (depth > 0) {
          int at = end ? n - 1 : i;
          if (at - peakBar > maxBars) {
            maxBars = at - peakBar;
            maxMs = s.time(at) - s.time(peakBar);
          }
          maxDd = Math.max(maxDd, depth);
          sumDepth += depth;
          episodes++;
          depth = 0;
        }
        if (!end) {
          peak = e[i];
          peakBar = i;
        }
      } else {
        depth = Math.max(depth, 1 - e[i] / peak);
      }
    }
    near(maxDd, m.get(Metric.MAX_DRAWDOWN), "max_drawdown");
    assertEquals(maxBars, m.get(Metric.MAX_DRAWDOWN_BARS), "max_drawdown_bars");
    assertEquals(maxMs, m.get(Metric.MAX_DRAWDOWN_MS), "max_drawdown_ms");
    near(sumDepth / episodes, m.get(Metric.AVG_DRAWDOWN), "avg_drawdown");
    near(m.get(Metric.CAGR) / maxDd, m.get(Metric.CALMAR), "calmar");

    DescriptiveStatistics pnl = new DescriptiveStatistics();
    DescriptiveStatistics rets = new DescriptiveStatistics();
    DescriptiveStatistics bars = new DescriptiveStatistics();
    double win = 0;
    double loss = 0;
    int wins = 0;
    int losses = 0;
    double fees = 0;
    double funding = 0;
    int liquidations = 0;
    boolean[] exposed = new boolean[n];
    for (Trade t : trades) {
      pnl.addValue(t.pnl());
      rets.addValue(t.returnPct());
      bars.addValue(t.bars());
      if (t.pnl() > 0) {
        wins++;
        win += t.pnl();
      } else if (t.pnl() < 0) {
        losses++;
        loss -= t.pnl();
      }
      fees += t.fees();
      funding += t.funding();
      liquidations += t.reason() == ExitReason.LIQUIDATION ? 1 : 0;
      for (int i = t.entryBar(); i <= t.exitBar(); i++) {
        exposed[i] = true;
      }
    }
    int k = trades.size();
    assertEquals(k, m.get(Metric.TRADES));
    near((double) wins / k, m.get(Metric.WIN_RATE), "win_rate");
    near(win / loss, m.get(Metric.PROFIT_FACTOR), "profit_factor");
    near(pnl.getMean(), m.get(Metric.EXPECTANCY), "expectancy");
    near(Math.sqrt(k) * pnl.getMean() / pnl.getStandardDeviation(), m.get(Metric.SQN), "sqn");
    near(rets.getMax(), m.get(Metric.BEST_TRADE), "best_trade");
    near(rets.getMin(), m.get(Metric.WORST_TRADE), "worst_trade");
    near(rets.getMean(), m.get(Metric.AVG_TRADE), "avg_trade");
    near(bars.getMean(), m.get(Metric.AVG_TRADE_BARS), "avg_trade_bars");
    near(bars.getMax(), m.get(Metric.MAX_TRADE_BARS), "max_trade_bars");
    double w = (double) wins / k;
    near(w - (1 - w) / ((win / wins) / (loss / losses)), m.get(Metric.KELLY), "kelly");
    near(fees, m.get(Metric.TOTAL_FEES), "total_fees");
    near(funding, m.get(Metric.TOTAL_FUNDING), "total_funding");
    assertEquals(liquidations, m.get(Metric.LIQUIDATIONS), "liquidations");
    int exposedBars = 0;
    for (boolean b : exposed) {
      exposedBars += b ? 1 : 0;
    }
    near((double) exposedBars / n, m.get(Metric.EXPOSURE), "exposure");
    near(s.close(n - 1) / s.close(0) - 1, m.get(Metric.BUY_AND_HOLD_RETURN), "buy_and_hold");
    assertEquals(r.rejections().size(), m.get(Metric.REJECTED_ORDERS), "rejected_orders");
  }

  private static void near(double expected, double actual, String what) {
    assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
  }
}
