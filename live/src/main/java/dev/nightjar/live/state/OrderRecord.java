package dev.nightjar.live.state;

import dev.nightjar.data.Checks;

/**
 * One order the runner created, by client order id. Written to the state file before the request is
 * sent, so that a crash at any point leaves a record to reconcile against the exchange.
 *
 * @param clOrdId the client order id ({@code nj-} + the decision bar's open time in base 36 + the
 *     target side {@code L}, {@code S} or {@code F}, or {@code K} for the kill switch's flatten; a
 *     retry appends {@code -R1}, {@code -R2}, …); deterministic, so a decision repeated after a
 *     crash reuses its id and the exchange refuses a duplicate
 * @param barTime open time (epoch ms) of the bar whose close decided it
 * @param target the position it moves to: +1 long, −1 short, 0 flat
 * @param status where it stands
 */
public record OrderRecord(String clOrdId, long barTime, int target, OrderStatus status) {
  public OrderRecord {
    Checks.notNull(clOrdId, "clOrdId");
    Checks.notNull(status, "status");
    if (target < -1 || target > 1) {
      throw new IllegalArgumentException("target must be -1, 0 or 1, got " + target);
    }
  }

  /** The id for the decision taken on the close of the bar opened at {@code barTime}. */
  public static String idFor(long barTime, int target) {
    return "nj-" + Long.toString(barTime, 36) + "-" + (target > 0 ? "L" : target < 0 ? "S" : "F");
  }

  /** The id of the kill switch's flattening order after the bar opened at {@code barTime}. */
  public static String killId(long barTime) {
    return "nj-" + Long.toString(barTime, 36) + "-K";
  }

  /**
   * The id of the {@code attempt}-th retry (1, 2, …) of the order {@code clOrdId}: {@code
   * clOrdId-R<attempt>}.
   */
  public static String retryId(String clOrdId, int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
    }
    return clOrdId + "-R" + attempt;
  }

  /** This order with another status. */
  public OrderRecord with(OrderStatus newStatus) {
    return new OrderRecord(clOrdId, barTime, target, newStatus);
  }
}
