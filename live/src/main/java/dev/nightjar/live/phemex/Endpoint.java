package dev.nightjar.live.phemex;

/**
 * The REST endpoints this client calls, with their rate-limit group and weight (PHEMEX.md §1.7,
 * §1.8). {@code idempotent} endpoints may be retried after a transient failure: reads, cancels and
 * setting leverage to a value; placing an order never is.
 */
enum Endpoint {
  SERVER_TIME("GET", "/public/time", RateGroup.OTHERS, 1, false, true),
  PRODUCTS("GET", "/public/products", RateGroup.OTHERS, 1, false, true),
  /** Weight 10 as the legacy kline path: the docs name no other cost. */
  KLINES("GET", "/exchange/public/md/v2/kline/last", RateGroup.OTHERS, 10, false, true),
  /** The from/to history query; weight 10 as the legacy kline path (PHEMEX.md §1.5, §1.8). */
  KLINE_LIST("GET", "/exchange/public/md/v2/kline/list", RateGroup.OTHERS, 10, false, true),
  PLACE_ORDER("PUT", "/g-orders/create", RateGroup.CONTRACT, 1, true, false),
  CANCEL_ORDER("DELETE", "/g-orders/cancel", RateGroup.CONTRACT, 1, true, true),
  CANCEL_ALL("DELETE", "/g-orders/all", RateGroup.CONTRACT, 3, true, true),
  OPEN_ORDERS("GET", "/g-orders/activeList", RateGroup.CONTRACT, 1, true, true),
  ORDER_BY_CLIENT_ID(
      "GET", "/api-data/g-futures/orders/by-order-id", RateGroup.OTHERS, 1, true, true),
  ACCOUNT_POSITIONS("GET", "/g-accounts/accountPositions", RateGroup.CONTRACT, 1, true, true),
  SET_LEVERAGE("PUT", "/g-positions/leverage", RateGroup.CONTRACT, 1, true, true);

  final String method;
  final String path;
  final RateGroup group;
  final int weight;
  final boolean signed;
  final boolean idempotent;

  Endpoint(
      String method, String path, RateGroup group, int weight, boolean signed, boolean idempotent) {
    this.method = method;
    this.path = path;
    this.group = group;
    this.weight = weight;
    this.signed = signed;
    this.idempotent = idempotent;
  }

  /** The heaviest weight of any endpoint here: a group's capacity must hold it. */
  static int maxWeight() {
    int max = 0;
    for (Endpoint e : values()) {
      max = Math.max(max, e.weight);
    }
    return max;
  }
}
