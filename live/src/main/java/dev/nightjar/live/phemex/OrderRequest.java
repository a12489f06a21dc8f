package dev.nightjar.live.phemex;

import java.math.BigDecimal;

/**
 * An order to place on a USDT-M perpetual, before rounding. {@code clOrdID} (at most 40 characters
 * of letters, digits, '-' and '_') is the idempotency key: generate it per signal and persist it
 * before sending. {@code price} is null for market orders and required for limit orders.
 */
public record OrderRequest(
    String clOrdID,
    String symbol,
    Side side,
    PosSide posSide,
    OrderType type,
    BigDecimal price,
    BigDecimal qty,
    TimeInForce timeInForce,
    boolean reduceOnly) {

  public OrderRequest {
    if (clOrdID == null || !clOrdID.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new IllegalArgumentException(
          "clOrdID must be 1-40 characters of A-Z, a-z, 0-9, '-' or '_', got " + clOrdID);
    }
    if (symbol == null || !symbol.matches("[A-Za-z0-9]{2,20}")) {
      throw new IllegalArgumentException("symbol must match [A-Za-z0-9]{2,20}, got " + symbol);
    }
    if (side == null || posSide == null || type == null || timeInForce == null) {
      throw new IllegalArgumentException("side, posSide, type and timeInForce must not be null");
    }
    if (type == OrderType.Limit && (price == null || price.signum() <= 0)) {
      throw new IllegalArgumentException("a limit order needs a price > 0, got " + price);
    }
    if (type == OrderType.Market && price != null) {
      throw new IllegalArgumentException("a market order takes no price, got " + price);
    }
    if (qty == null || qty.signum() <= 0) {
      throw new IllegalArgumentException("qty must be > 0, got " + qty);
    }
  }

  /** A good-till-cancel limit order in one-way mode. */
  public static OrderRequest limit(
      String clOrdID, String symbol, Side side, BigDecimal price, BigDecimal qty) {
    return new OrderRequest(
        clOrdID,
        symbol,
        side,
        PosSide.Merged,
        OrderType.Limit,
        price,
        qty,
        TimeInForce.GoodTillCancel,
        false);
  }

  /** An immediate-or-cancel market order in one-way mode. */
  public static OrderRequest market(String clOrdID, String symbol, Side side, BigDecimal qty) {
    return new OrderRequest(
        clOrdID,
        symbol,
        side,
        PosSide.Merged,
        OrderType.Market,
        null,
        qty,
        TimeInForce.ImmediateOrCancel,
        false);
  }
}
