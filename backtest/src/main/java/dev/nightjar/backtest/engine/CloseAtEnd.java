package dev.nightjar.backtest.engine;

/** What happens to a trade still open after the last bar. */
public enum CloseAtEnd {
  /**
   * Close at the last bar's open (what backtesting.py's {@code finalize_trades=True} does: its
   * closing orders are processed once more against the last bar's open).
   */
  OPEN,
  /** Close at the last bar's close (the default). */
  CLOSE,
  /**
   * Leave it open: it is not in the trade list or trade statistics, but its mark-to-market value at
   * the last close is in the final equity.
   */
  NO
}
