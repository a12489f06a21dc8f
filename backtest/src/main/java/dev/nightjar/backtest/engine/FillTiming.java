package dev.nightjar.backtest.engine;

/** When a change of target decided on bar i is filled. */
public enum FillTiming {
  /** At the open of bar i+1 (the default; what a live runner acting on closed bars can do). */
  NEXT_OPEN,
  /** At the close of bar i itself (backtesting.py's {@code trade_on_close=True}). */
  CLOSE
}
