package dev.nightjar.live.phemex;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * An order as the exchange reports it. {@code price} is zero for market orders; {@code status} is
 * Phemex's text (New, PartiallyFilled, Filled, Canceled, Rejected, Untriggered, ...).
 */
public record Order(
    String orderID,
    String clOrdID,
    String symbol,
    String side,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal filledQty,
    String status) {

  /** Parses a g-orders order object (fields orderID, clOrdID, priceRp, orderQtyRq, ...). */
  static Order fromJson(JsonNode n) {
    return new Order(
        Json.text(n, "orderID"),
        Json.text(n, "clOrdID"),
        Json.text(n, "symbol"),
        Json.text(n, "side"),
        Json.decimal(n, "priceRp", BigDecimal.ZERO),
        Json.decimal(n, "orderQtyRq", BigDecimal.ZERO),
        Json.decimal(n, "cumQtyRq", BigDecimal.ZERO),
        Json.text(n, "ordStatus"));
  }
}
