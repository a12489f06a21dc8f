package dev.nightjar.backtest.engine;

import dev.nightjar.backtest.metrics.Metrics;
import dev.nightjar.data.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of one run: the metrics, the closed trades in exit order, the equity at each bar's
 * close (quote currency; one value per bar) and the skipped entries. A metrics-only run ({@link
 * Engine#metrics}) has empty trades, equity and rejections.
 */
public record BacktestResult(
    Metrics metrics, List<Trade> trades, double[] equity, List<Rejection> rejections) {
  public BacktestResult {
    Checks.notNull(metrics, "metrics");
    trades = List.copyOf(Checks.notNull(trades, "trades"));
    equity = Checks.notNull(equity, "equity").clone();
    rejections = List.copyOf(Checks.notNull(rejections, "rejections"));
  }

  /** A copy of the equity curve. */
  @Override
  public double[] equity() {
    return equity.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BacktestResult r
        && metrics.equals(r.metrics)
        && trades.equals(r.trades)
        && Arrays.equals(equity, r.equity)
        && rejections.equals(r.rejections);
  }

  @Override
  public int hashCode() {
    return metrics.hashCode() * 31 + trades.hashCode();
  }

  @Override
  public String toString() {
    return "BacktestResult[" + trades.size() + " trades, " + metrics + "]";
  }
}
