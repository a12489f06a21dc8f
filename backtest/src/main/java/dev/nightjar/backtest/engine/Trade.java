package dev.nightjar.backtest.engine;

import dev.nightjar.data.Checks;

/**
 * A closed trade. Prices are fill prices (spread and slippage included); {@code pnl} is in quote
 * currency and net of {@code fees} and {@code funding}: {@code pnl = sign·units·(exitPrice −
 * entryPrice) − fees − funding}, except for a liquidation where the gross part is minus the margin.
 * {@code returnPct} is a fraction (0.05 = 5 %): {@code pnl / (units · entryPrice)}. {@code funding}
 * is what the trade paid (negative when it received).
 */
public record Trade(
    int entryBar,
    long entryTime,
    int exitBar,
    long exitTime,
    Side side,
    double units,
    double entryPrice,
    double exitPrice,
    double pnl,
    double returnPct,
    double fees,
    double funding,
    ExitReason reason) {
  public Trade {
    Checks.atLeast(entryBar, 0, "entryBar");
    Checks.atLeast(exitBar, entryBar, "exitBar");
    Checks.notNull(side, "side");
    Checks.notNull(reason, "reason");
    if (!(units > 0) || Double.isInfinite(units)) {
      throw new IllegalArgumentException("units must be finite and > 0, got " + units);
    }
  }

  /** Length in bars: {@code exitBar − entryBar}. */
  public int bars() {
    return exitBar - entryBar;
  }
}
