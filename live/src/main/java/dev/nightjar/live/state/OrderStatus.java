package dev.nightjar.live.state;

/** Where an order the runner created stands. */
public enum OrderStatus {
  /** Recorded, and possibly sent: the outcome is unknown until the exchange says (reconcile). */
  PENDING,
  /** Filled. */
  FILLED,
  /** Refused by the exchange or the engine's rules (e.g. below the minimum notional). */
  REJECTED,
  /** Cancelled, or expired without a fill. */
  CANCELLED
}
