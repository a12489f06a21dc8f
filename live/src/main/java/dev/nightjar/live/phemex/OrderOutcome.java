package dev.nightjar.live.phemex;

/**
 * What became of a placement: expected exchange answers are values, not exceptions.
 *
 * <ul>
 *   <li>{@link Placed}: the exchange holds the order (possibly found by clOrdID after a duplicate
 *       answer, a timeout or a 5xx — then {@code reconciled} is true).
 *   <li>{@link Rejected}: the exchange refused it, or it was not sent (breaker open).
 *   <li>{@link Unknown}: the answer was lost and the order could not be found or re-sent within the
 *       attempts allowed; reconcile by clOrdID later, never re-place with a new id.
 * </ul>
 */
public sealed interface OrderOutcome {

  /** The clOrdID this outcome is about. */
  String clOrdID();

  record Placed(String clOrdID, Order order, boolean reconciled) implements OrderOutcome {}

  record Rejected(String clOrdID, ErrorKind reason, int code, String message)
      implements OrderOutcome {}

  record Unknown(String clOrdID, String cause) implements OrderOutcome {}
}
