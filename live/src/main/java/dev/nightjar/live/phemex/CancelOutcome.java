package dev.nightjar.live.phemex;

/** The result of cancelling one order: cancelling an order the exchange does not know is done. */
public enum CancelOutcome {
  CANCELLED,
  /** Code 10002: no such open order (already filled, cancelled, or never placed). */
  UNKNOWN_ORDER
}
