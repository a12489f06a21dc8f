package dev.nightjar.backtest.metrics;

import java.util.Locale;

/**
 * Every performance metric, defined once. Notation: E₀ = initial cash, E_i = equity at the close of
 * bar i (i = 1..n, cash plus open positions marked at the close), bar return r_i = E_i/E_{i−1} − 1
 * (n returns, the first against E₀), Y = {@code timeframe.barsPerYear()} (365-day years), mean and
 * sd over the n bar returns (sd with n − 1). Trade statistics cover closed trades only (see {@code
 * CloseAtEnd}); a trade's pnl is net of fees and funding and its return is pnl / (units · entry
 * price). Fractions, not percent: 0.05 = 5 %. Undefined values are NaN (the constant says when).
 */
public enum Metric {
  /** E_n/E₀ − 1. */
  TOTAL_RETURN("total_return", true),
  /** Compound annual growth: (E_n/E₀)^(Y/n) − 1; −1 when E_n ≤ 0. */
  CAGR("cagr", true),
  /** Arithmetic annualized return: mean(r) · Y. */
  ANNUAL_RETURN("annual_return", true),
  /** sd(r) · √Y. */
  ANNUAL_VOLATILITY("annual_volatility", false),
  /** mean(r)/sd(r) · √Y, risk-free rate 0; NaN when sd = 0 or n &lt; 2. */
  SHARPE("sharpe", true),
  /** mean(r)/√(Σ min(r_i,0)²/n) · √Y (target 0); NaN when no bar return is negative. */
  SORTINO("sortino", true),
  /** CAGR / MAX_DRAWDOWN; NaN when there is no drawdown. */
  CALMAR("calmar", true),
  /** max over i of 1 − E_i/P_i, P_i = max(E₀, E_1..E_i): a positive fraction. */
  MAX_DRAWDOWN("max_drawdown", false),
  /**
   * Longest drawdown episode in bars: from the bar of a peak to the bar where equity first gets
   * back to it (or the last bar if it never does). 0 without drawdown.
   */
  MAX_DRAWDOWN_BARS("max_drawdown_bars", false),
  /** The longest episode's (in ms) open-time span, time(recovery bar) − time(peak bar). */
  MAX_DRAWDOWN_MS("max_drawdown_ms", false),
  /** Mean over drawdown episodes of each episode's deepest drawdown; NaN without drawdown. */
  AVG_DRAWDOWN("avg_drawdown", false),
  /** Number of closed trades. */
  TRADES("trades", true),
  /** Share of closed trades with pnl &gt; 0; NaN without trades. */
  WIN_RATE("win_rate", true),
  /**
   * Σ positive pnl / |Σ negative pnl|; +Inf with profits and no losses, NaN without trades or when
   * both sums are 0.
   */
  PROFIT_FACTOR("profit_factor", true),
  /** Mean pnl per closed trade in quote currency; NaN without trades. */
  EXPECTANCY("expectancy", true),
  /** Van Tharp's system quality number √N · mean(pnl)/sd(pnl); NaN when N &lt; 2 or sd = 0. */
  SQN("sqn", true),
  /** Share of bars during which a position was open at any moment (entry and exit bars count). */
  EXPOSURE("exposure", false),
  /** Highest trade return; NaN without trades. */
  BEST_TRADE("best_trade", true),
  /** Lowest trade return; NaN without trades. */
  WORST_TRADE("worst_trade", true),
  /** Arithmetic mean of trade returns; NaN without trades. */
  AVG_TRADE("avg_trade", true),
  /** Mean trade length in bars (exit bar − entry bar); NaN without trades. */
  AVG_TRADE_BARS("avg_trade_bars", false),
  /** Longest trade in bars; 0 without trades. */
  MAX_TRADE_BARS("max_trade_bars", false),
  /**
   * Kelly fraction W − (1 − W)/R, W = win rate, R = mean winning pnl / mean |losing pnl|; NaN
   * without a win or without a loss (as in backtesting.py).
   */
  KELLY("kelly", true),
  /** close_last/close_first − 1 of the series (a benchmark, not a property of the strategy). */
  BUY_AND_HOLD_RETURN("buy_and_hold_return", true),
  /** Number of trades closed by liquidation. */
  LIQUIDATIONS("liquidations", false),
  /** All fees paid, quote currency (open trades' entry fees included). */
  TOTAL_FEES("total_fees", false),
  /** Net funding paid, quote currency (negative when received). */
  TOTAL_FUNDING("total_funding", false),
  /** E_n. */
  FINAL_EQUITY("final_equity", true),
  /** max(E₀, E_1..E_n). */
  PEAK_EQUITY("peak_equity", true),
  /** Entries skipped by the engine (see {@code RejectReason}). */
  REJECTED_ORDERS("rejected_orders", false);

  private static final Metric[] VALUES = values();

  private final String key;
  private final boolean higherIsBetter;

  Metric(String key, boolean higherIsBetter) {
    this.key = key;
    this.higherIsBetter = higherIsBetter;
  }

  /** The stable snake_case name used in specs, CSV headers and rankings. */
  public String key() {
    return key;
  }

  /** The direction a ranking by this metric sorts the best first. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Number of metrics: the length of a metrics array. */
  public static int count() {
    return VALUES.length;
  }

  /**
   * The metric with this {@link #key()} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the key and listing the valid ones
   */
  public static Metric byKey(String key) {
    String k = String.valueOf(key).trim().toLowerCase(Locale.ROOT);
    for (Metric m : VALUES) {
      if (m.key.equals(k)) {
        return m;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (Metric m : VALUES) {
      valid.append(valid.length() == 0 ? "" : ", ").append(m.key);
    }
    throw new IllegalArgumentException("unknown metric '" + key + "'; valid: " + valid);
  }
}
