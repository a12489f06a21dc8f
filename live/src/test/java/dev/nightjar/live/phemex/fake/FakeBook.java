package dev.nightjar.live.phemex.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake exchange's state: one BTCUSDT perpetual (tick 0.1, step 0.001, max qty 100, min value 1
 * USDT, max leverage 100 from its risk tier), orders by id, one one-way position, a USDT balance.
 * Limit orders rest; market orders fill at {@link #LAST_PRICE}. Each method returns the envelope's
 * data or throws {@link Answer} with a Phemex code. Synchronized by {@link FakePhemex}.
 */
final class FakeBook {
  static final BigDecimal LAST_PRICE = new BigDecimal("20000");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BigDecimal TICK = new BigDecimal("0.1");
  private static final BigDecimal STEP = new BigDecimal("0.001");
  private static final BigDecimal MAX_QTY = new BigDecimal("100");
  private static final BigDecimal MAX_LEVERAGE = new BigDecimal("100");

  /** A non-zero code answer. */
  static final class Answer extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Answer(int code, String msg) {
      super(msg);
      this.code = code;
    }
  }

  private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
  private BigDecimal balance = new BigDecimal("1000");
  private BigDecimal positionSize = BigDecimal.ZERO;
  private BigDecimal leverage = BigDecimal.TEN;
  private boolean rejectDuplicates = true;
  private int nextId = 1;

  void rejectDuplicates(boolean on) {
    rejectDuplicates = on;
  }

  void balance(BigDecimal value) {
    balance = value;
  }

  ObjectNode products() {
    ObjectNode data = JSON.createObjectNode();
    ArrayNode perps = data.putArray("perpProductsV2");
    perps
        .addObject()
        .put("symbol", "BTCUSDT")
        .put("status", "Listed")
        .put("tickSize", TICK.toPlainString())
        .put("qtyStepSize", STEP.toPlainString())
        .put("minPriceRp", "0.1")
        .put("maxPriceRp", "2.0E8")
        .put("maxOrderQtyRq", MAX_QTY.toPlainString())
        .put("minOrderValueRv", "1")
        .put("leverageMargin", 1);
    perps
        .addObject()
        .put("symbol", "OLDUSDT")
        .put("status", "Delisted")
        .put("tickSize", "0.0001")
        .put("qtyStepSize", "1")
        .put("maxPriceRp", "1000")
        .put("maxOrderQtyRq", "1000000")
        .put("maxLeverage", "20");
    ObjectNode tier = data.putArray("leverageMargins").addObject().put("index_id", 1);
    tier.putArray("items")
        .add(JSON.createObjectNode().put("notionalValueRv", 1_000_000).put("maxLeverage", 100))
        .add(JSON.createObjectNode().put("notionalValueRv", 5_000_000).put("maxLeverage", 50));
    return data;
  }

  ObjectNode place(Map<String, String> q) {
    String clOrdID = q.getOrDefault("clOrdID", "");
    if (rejectDuplicates
        && orders.values().stream().anyMatch(o -> clOrdID.equals(text(o, "clOrdID")))) {
      throw new Answer(11085, "TE_CL_ORD_ID_DUPLICATE");
    }
    if (!"BTCUSDT".equals(q.get("symbol"))) {
      throw new Answer(6001, "invalid argument: symbol");
    }
    if (!"Merged".equals(q.get("posSide"))) {
      throw new Answer(20004, "TE_ERR_INCONSISTENT_POS_MODE");
    }
    boolean market = "Market".equals(q.get("ordType"));
    BigDecimal qty = new BigDecimal(q.getOrDefault("orderQtyRq", "0"));
    BigDecimal price = market ? LAST_PRICE : new BigDecimal(q.getOrDefault("priceRp", "0"));
    if (price.signum() <= 0 || price.remainder(TICK).signum() != 0) {
      throw new Answer(11055, "TE_PRICE_TOO_SMALL or off tick");
    }
    if (qty.signum() <= 0 || qty.remainder(STEP).signum() != 0 || qty.compareTo(MAX_QTY) > 0) {
      throw new Answer(11056, "TE_QTY_INVALID");
    }
    BigDecimal margin = price.multiply(qty).divide(leverage, 8, RoundingMode.UP);
    if (margin.compareTo(balance.subtract(usedBalance())) > 0) {
      throw new Answer(11082, "TE_CANNOT_COVER_ESTIMATE_ORDER_LOSS");
    }
    ObjectNode order = JSON.createObjectNode();
    order
        .put("orderID", "fake-" + nextId++)
        .put("clOrdID", clOrdID)
        .put("symbol", "BTCUSDT")
        .put("side", q.get("side"))
        .put("ordType", q.get("ordType"))
        .put("priceRp", market ? "0" : price.toPlainString())
        .put("orderQtyRq", qty.toPlainString())
        .put("cumQtyRq", market ? qty.toPlainString() : "0")
        .put("ordStatus", market ? "Filled" : "New");
    if (market) {
      positionSize = positionSize.add("Buy".equals(q.get("side")) ? qty : qty.negate());
    }
    orders.put(text(order, "orderID"), order);
    return order;
  }

  ObjectNode cancel(Map<String, String> q) {
    String clOrdID = q.get("clOrdID");
    for (ObjectNode o : orders.values()) {
      if (clOrdID != null && clOrdID.equals(text(o, "clOrdID")) && isOpen(o)) {
        o.put("ordStatus", "Canceled");
        return o;
      }
    }
    throw new Answer(10002, "OM_ORDER_NOT_FOUND");
  }

  int cancelAll(boolean untriggered) {
    int n = 0;
    for (ObjectNode o : orders.values()) {
      boolean conditional = "Untriggered".equals(text(o, "ordStatus"));
      if (isOpen(o) && conditional == untriggered) {
        o.put("ordStatus", "Canceled");
        n++;
      }
    }
    return n;
  }

  ObjectNode activeList() {
    ObjectNode data = JSON.createObjectNode();
    ArrayNode rows = data.putArray("rows");
    orders.values().stream().filter(FakeBook::isOpen).forEach(rows::add);
    if (rows.isEmpty()) {
      throw new Answer(10002, "OM_ORDER_NOT_FOUND");
    }
    return data;
  }

  ArrayNode byClientId(String clOrdID) {
    ArrayNode rows = JSON.createArrayNode();
    orders.values().stream().filter(o -> text(o, "clOrdID").equals(clOrdID)).forEach(rows::add);
    return rows;
  }

  ObjectNode accountPositions() {
    ObjectNode data = JSON.createObjectNode();
    data.putObject("account")
        .put("currency", "USDT")
        .put("accountBalanceRv", balance.toPlainString())
        .put("totalUsedBalanceRv", usedBalance().toPlainString());
    data.putArray("positions")
        .addObject()
        .put("symbol", "BTCUSDT")
        .put("posSide", "Merged")
        .put("posMode", "OneWay")
        .put(
            "side", positionSize.signum() > 0 ? "Buy" : positionSize.signum() < 0 ? "Sell" : "None")
        .put("sizeRq", positionSize.abs().toPlainString())
        .put("avgEntryPriceRp", positionSize.signum() == 0 ? "0" : LAST_PRICE.toPlainString())
        .put("leverageRr", leverage.toPlainString());
    return data;
  }

  void setLeverage(Map<String, String> q) {
    BigDecimal lev = new BigDecimal(q.getOrDefault("leverageRr", "0"));
    if (lev.signum() == 0 || lev.abs().compareTo(MAX_LEVERAGE) > 0) {
      throw new Answer(11004, "TE_INVALID_LEVERAGE");
    }
    leverage = lev.abs();
  }

  /** Orders in the book with this clOrdID, in any state. */
  long countByClientId(String clOrdID) {
    return orders.values().stream().filter(o -> text(o, "clOrdID").equals(clOrdID)).count();
  }

  List<String> clientIds() {
    List<String> out = new ArrayList<>();
    orders.values().forEach(o -> out.add(text(o, "clOrdID")));
    return out;
  }

  private BigDecimal usedBalance() {
    BigDecimal used = positionSize.abs().multiply(LAST_PRICE).divide(leverage, 8, RoundingMode.UP);
    for (ObjectNode o : orders.values()) {
      if (isOpen(o)) {
        used =
            used.add(
                new BigDecimal(text(o, "priceRp"))
                    .multiply(new BigDecimal(text(o, "orderQtyRq")))
                    .divide(leverage, 8, RoundingMode.UP));
      }
    }
    return used.stripTrailingZeros();
  }

  private static boolean isOpen(ObjectNode o) {
    String s = text(o, "ordStatus");
    return s.equals("New") || s.equals("PartiallyFilled") || s.equals("Untriggered");
  }

  private static String text(ObjectNode o, String field) {
    return o.path(field).asText("");
  }
}
