package dev.nightjar.backtest.engine;

/** Why the engine skipped an entry. A rejection is an outcome, never an exception. */
public enum RejectReason {
  /** The size rounds down to zero units (no equity left, whole units or {@code lotSize}). */
  ZERO_SIZE,
  /** The order's notional (units × fill price) is below {@code minNotional}. */
  BELOW_MIN_NOTIONAL,
  /** The margin (notional / leverage) exceeds the equity, e.g. a fixed notional too large. */
  INSUFFICIENT_MARGIN
}
