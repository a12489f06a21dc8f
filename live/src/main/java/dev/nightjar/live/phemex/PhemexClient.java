package dev.nightjar.live.phemex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Phemex REST client for USDT-M perpetuals. One instance per account; it shares the process's
 * single {@link HttpClient}. Every call has the configured request timeout, spends its rate-limit
 * weight, and goes through the circuit breaker; idempotent calls are retried with backoff.
 *
 * <p>Failures throw {@link PhemexException}; expected answers to an order are values ({@link
 * OrderOutcome}, {@link CancelOutcome}). Prices and quantities are {@link BigDecimal}, sent with
 * {@code toPlainString()} after rounding to the product's tick and step.
 */
public final class PhemexClient {
  private static final Logger LOG = LoggerFactory.getLogger(PhemexClient.class);
  private static final Set<Integer> KLINE_LIMITS = Set.of(5, 10, 50, 100, 500, 1000);
  private static final Set<Long> RESOLUTIONS =
      Set.of(60L, 300L, 900L, 1800L, 3600L, 14400L, 86400L, 604800L);

  private final ClientConfig config;
  private final Signer signer;
  private final PhemexHttp http;

  /**
   * @param http the process's one HttpClient (see {@link #newHttpClient(Duration)})
   * @param credentials null for a client of public endpoints only
   * @param clockMillis local epoch-millisecond clock, for request expiry and rate-limit windows
   * @param sleeper waits for backoff and rate-limit gates
   */
  public PhemexClient(
      HttpClient http,
      ClientConfig config,
      Credentials credentials,
      LongSupplier clockMillis,
      Sleeper sleeper) {
    if (http == null || config == null || clockMillis == null || sleeper == null) {
      throw new IllegalArgumentException("http, config, clockMillis and sleeper must not be null");
    }
    this.config = config;
    this.signer = credentials == null ? null : new Signer(credentials, clockMillis);
    this.http = new PhemexHttp(http, config, signer, clockMillis, sleeper);
  }

  /** An HttpClient with the given connect timeout (HTTP/1.1, no redirects); share one per JVM. */
  public static HttpClient newHttpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Where this client sends its requests. */
  public URI baseUrl() {
    return config.baseUrl();
  }

  /** The exchange's clock, epoch milliseconds ({@code GET /public/time}). */
  public long serverTime() {
    return http.call(Endpoint.SERVER_TIME, "").path("serverTime").asLong();
  }

  /**
   * Reads the server time and sets the signer's clock offset from it (server minus local, at the
   * midpoint of the round trip); returns the offset in milliseconds. Call it at start-up; a signed
   * call answered "Request Expired" also triggers it once.
   */
  public long syncClock() {
    if (signer == null) {
      throw new IllegalStateException("syncClock needs credentials; this client has none");
    }
    http.syncClock();
    return signer.offsetMillis();
  }

  /** USDT-M perpetuals by symbol, listed or not ({@code perpProductsV2}). */
  public Map<String, Product> products() {
    JsonNode data = http.call(Endpoint.PRODUCTS, "");
    Map<String, BigDecimal> tierMax = new TreeMap<>();
    for (JsonNode lm : data.path("leverageMargins")) {
      BigDecimal max = BigDecimal.ZERO;
      for (JsonNode item : lm.path("items")) {
        max = max.max(Json.decimal(item, "maxLeverage"));
      }
      tierMax.put(Json.text(lm, "index_id"), max);
    }
    Map<String, Product> out = new TreeMap<>();
    for (JsonNode p : data.path("perpProductsV2")) {
      String symbol = Json.text(p, "symbol");
      BigDecimal maxLeverage =
          Json.decimal(p, "maxLeverage", tierMax.get(Json.text(p, "leverageMargin")));
      if (maxLeverage == null) {
        throw new PhemexException(
            ErrorKind.MALFORMED_RESPONSE, 0, 200, "product " + symbol + ": no maximum leverage");
      }
      out.put(
          symbol,
          new Product(
              symbol,
              Json.decimal(p, "tickSize"),
              Json.decimal(p, "qtyStepSize"),
              Json.decimal(p, "minPriceRp", BigDecimal.ZERO),
              Json.decimal(p, "maxPriceRp"),
              Json.decimal(p, "maxOrderQtyRq"),
              Json.decimal(p, "minOrderValueRv", BigDecimal.ZERO),
              maxLeverage,
              "Listed".equals(Json.text(p, "status"))));
    }
    return out;
  }

  /**
   * The most bars one {@link #klines(String, Timeframe, long, long)} range may hold: the current
   * docs allow fewer than 2000 rows per {@code [from, to)}, the legacy docs fewer than 1000, so 999
   * satisfies both.
   */
  public static final int KLINE_RANGE_MAX_BARS = 999;

  /**
   * The last {@code limit} closed candles of {@code symbol} ({@code GET
   * /exchange/public/md/v2/kline/last}), ascending, time = candle open in epoch ms.
   *
   * @param limit one of 5, 10, 50, 100, 500, 1000
   * @throws IllegalArgumentException for a timeframe Phemex does not document (3m, 2h, 6h, 12h)
   */
  public BarSeries klines(String symbol, Timeframe timeframe, int limit) {
    long resolution = resolution(timeframe);
    if (!KLINE_LIMITS.contains(limit)) {
      throw new IllegalArgumentException("limit must be one of " + KLINE_LIMITS + ", got " + limit);
    }
    JsonNode result =
        http.call(
            Endpoint.KLINES,
            query(ordered("symbol", symbol, "resolution", resolution, "limit", limit)));
    return bars(symbol, timeframe, result, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * The candles of {@code symbol} opening in {@code [fromMillis, toMillis)} ({@code GET
   * /exchange/public/md/v2/kline/list}, weight 10 in the Others group), ascending, time = candle
   * open in epoch ms. Rows the exchange sends outside the range are dropped. The exchange may
   * include the still-forming candle: callers keep only closed bars themselves.
   *
   * @param fromMillis first open time, aligned to the timeframe
   * @param toMillis end (exclusive), aligned, at most {@link #KLINE_RANGE_MAX_BARS} bars after
   *     {@code fromMillis}
   * @throws IllegalArgumentException for an undocumented timeframe or a misaligned, empty or too
   *     long range
   * @throws PhemexException MALFORMED_RESPONSE for a row that is not numbers, or two different rows
   *     for one open time
   */
  public BarSeries klines(String symbol, Timeframe timeframe, long fromMillis, long toMillis) {
    long resolution = resolution(timeframe);
    if (!timeframe.isAligned(fromMillis) || !timeframe.isAligned(toMillis)) {
      throw new IllegalArgumentException(
          "from and to must be " + timeframe + " bar starts, got " + fromMillis + ", " + toMillis);
    }
    long bars = (toMillis - fromMillis) / timeframe.millis();
    if (bars < 1 || bars > KLINE_RANGE_MAX_BARS) {
      throw new IllegalArgumentException(
          "a kline range must hold 1 to " + KLINE_RANGE_MAX_BARS + " bars, got " + bars);
    }
    JsonNode result =
        http.call(
            Endpoint.KLINE_LIST,
            query(
                ordered(
                    "symbol",
                    symbol,
                    "from",
                    fromMillis / 1000,
                    "to",
                    toMillis / 1000,
                    "resolution",
                    resolution)));
    return bars(symbol, timeframe, result, fromMillis, toMillis);
  }

  /** Whether Phemex documents klines of {@code timeframe} (not 3m, 2h, 6h, 12h). */
  public static boolean hasKlines(Timeframe timeframe) {
    return RESOLUTIONS.contains(timeframe.millis() / 1000);
  }

  private static long resolution(Timeframe timeframe) {
    long resolution = timeframe.millis() / 1000;
    if (!hasKlines(timeframe)) {
      throw new IllegalArgumentException(
          "timeframe " + timeframe + " is not a documented Phemex kline resolution");
    }
    return resolution;
  }

  /**
   * Kline rows {@code [ts_s, interval, last_close, open, high, low, close, volume, turnover]} with
   * open times in {@code [from, to)}, sorted; an exact repeat of a row is dropped.
   */
  private static BarSeries bars(
      String symbol, Timeframe timeframe, JsonNode result, long from, long to) {
    TreeMap<Long, JsonNode> rows = new TreeMap<>();
    for (JsonNode row : result.path("rows")) {
      long time = row.path(0).asLong() * 1000L;
      if (time < from || time >= to) {
        continue;
      }
      JsonNode before = rows.put(time, row);
      if (before != null && !before.equals(row)) {
        throw new PhemexException(
            ErrorKind.MALFORMED_RESPONSE,
            0,
            200,
            "kline rows disagree for open time " + TimeFormat.iso(time));
      }
    }
    int n = rows.size();
    long[] time = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    int i = 0;
    for (Map.Entry<Long, JsonNode> e : rows.entrySet()) {
      JsonNode row = e.getValue();
      time[i] = e.getKey();
      o[i] = number(row, 3);
      h[i] = number(row, 4);
      l[i] = number(row, 5);
      c[i] = number(row, 6);
      v[i] = number(row, 7);
      i++;
    }
    return BarSeries.of(new SeriesId(Symbol.of(symbol), timeframe), time, o, h, l, c, v);
  }

  private static double number(JsonNode row, int index) {
    try {
      return Double.parseDouble(row.path(index).asText());
    } catch (NumberFormatException e) {
      throw new PhemexException(
          ErrorKind.MALFORMED_RESPONSE, 0, 200, "kline row column " + index + " is not a number");
    }
  }

  /**
   * Places {@code request} on {@code product}, rounding the price to the tick toward the passive
   * side (Buy: floor, Sell: ceiling) and the quantity down to the step.
   *
   * <p>Never blindly retried: after a timeout, a 5xx, a broken connection, malformed JSON or a 429,
   * the order is looked up by clOrdID and re-sent (same clOrdID) only if the exchange has none, at
   * most {@link ClientConfig#maxPlaceAttempts()} sends in all. A duplicate-clOrdID answer means the
   * order exists: it is looked up and reported as placed.
   *
   * @throws IllegalArgumentException if the symbols differ or the quantity rounds to zero
   */
  public OrderOutcome placeOrder(Product product, OrderRequest request) {
    if (!product.symbol().equals(request.symbol())) {
      throw new IllegalArgumentException(
          "request symbol " + request.symbol() + " does not match product " + product.symbol());
    }
    String id = request.clOrdID();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("clOrdID", id);
    params.put("symbol", request.symbol());
    params.put("side", request.side());
    params.put("posSide", request.posSide());
    params.put("ordType", request.type());
    if (request.price() != null) {
      RoundingMode passive = request.side() == Side.Buy ? RoundingMode.FLOOR : RoundingMode.CEILING;
      params.put("priceRp", product.roundPrice(request.price(), passive).toPlainString());
    }
    params.put("orderQtyRq", product.roundQty(request.qty(), RoundingMode.DOWN).toPlainString());
    params.put("timeInForce", request.timeInForce());
    params.put("reduceOnly", request.reduceOnly());
    String query = query(params);

    for (int attempt = 1; ; attempt++) {
      String cause;
      boolean duplicate;
      try {
        JsonNode data = http.call(Endpoint.PLACE_ORDER, query);
        return new OrderOutcome.Placed(id, Order.fromJson(data), false);
      } catch (PhemexException e) {
        if (!e.retryable() && e.kind() != ErrorKind.DUPLICATE_CLIENT_ORDER_ID) {
          return new OrderOutcome.Rejected(id, e.kind(), e.code(), e.getMessage());
        }
        cause = e.getMessage();
        duplicate = e.kind() == ErrorKind.DUPLICATE_CLIENT_ORDER_ID;
        LOG.warn("order {}: send {} answered '{}'; looking it up by clOrdID", id, attempt, cause);
      }
      Optional<Order> found;
      try {
        found = orderByClientId(request.symbol(), id);
      } catch (PhemexException e) {
        return new OrderOutcome.Unknown(id, cause + "; lookup failed: " + e.getMessage());
      }
      if (found.isPresent()) {
        return new OrderOutcome.Placed(id, found.get(), true);
      }
      if (attempt >= config.maxPlaceAttempts() || duplicate) {
        // A duplicate answer with no order to be found: re-sending would only repeat it.
        return new OrderOutcome.Unknown(
            id, cause + "; no order with this clOrdID after " + attempt + " send(s)");
      }
    }
  }

  /**
   * Cancels one order by clOrdID ({@code DELETE /g-orders/cancel}); an order the exchange does not
   * know (already filled, cancelled or never placed) is {@link CancelOutcome#UNKNOWN_ORDER}.
   */
  public CancelOutcome cancelOrder(String symbol, String clOrdID, PosSide posSide) {
    try {
      http.call(
          Endpoint.CANCEL_ORDER,
          query(ordered("clOrdID", clOrdID, "symbol", symbol, "posSide", posSide)));
      return CancelOutcome.CANCELLED;
    } catch (PhemexException e) {
      if (e.kind() == ErrorKind.UNKNOWN_ORDER) {
        return CancelOutcome.UNKNOWN_ORDER;
      }
      throw e;
    }
  }

  /**
   * Cancels every order of {@code symbol}: two calls, {@code untriggered=false} (active orders) and
   * {@code untriggered=true} (conditional orders), as Phemex requires.
   */
  public void cancelAll(String symbol) {
    for (boolean untriggered : new boolean[] {false, true}) {
      http.call(Endpoint.CANCEL_ALL, query(ordered("symbol", symbol, "untriggered", untriggered)));
    }
  }

  /** Open orders (New, PartiallyFilled, Untriggered) of {@code symbol}. */
  public List<Order> openOrders(String symbol) {
    try {
      return orders(http.call(Endpoint.OPEN_ORDERS, query(ordered("symbol", symbol))));
    } catch (PhemexException e) {
      if (e.kind() == ErrorKind.UNKNOWN_ORDER) {
        return List.of(); // Phemex answers 10002 when there are no open orders
      }
      throw e;
    }
  }

  /** The order with this clOrdID, open or closed, if the exchange has one. */
  public Optional<Order> orderByClientId(String symbol, String clOrdID) {
    List<Order> found =
        orders(
            http.call(
                Endpoint.ORDER_BY_CLIENT_ID, query(ordered("symbol", symbol, "clOrdID", clOrdID))));
    return found.stream().filter(o -> clOrdID.equals(o.clOrdID())).findFirst();
  }

  private static List<Order> orders(JsonNode data) {
    JsonNode rows = data.isArray() ? data : data.path("rows");
    List<Order> out = new ArrayList<>();
    for (JsonNode row : rows) {
      out.add(Order.fromJson(row));
    }
    return out;
  }

  /** Balance and positions of the {@code currency} (e.g. USDT) margin account. */
  public AccountPositions accountPositions(String currency) {
    JsonNode data = http.call(Endpoint.ACCOUNT_POSITIONS, query(ordered("currency", currency)));
    JsonNode account = data.path("account");
    List<Position> positions = new ArrayList<>();
    for (JsonNode p : data.path("positions")) {
      positions.add(Position.fromJson(p));
    }
    return new AccountPositions(
        currency,
        Json.decimal(account, "accountBalanceRv"),
        Json.decimal(account, "totalUsedBalanceRv", BigDecimal.ZERO),
        positions);
  }

  /**
   * Sets one-way-mode leverage ({@code PUT /g-positions/leverage?leverageRr=}); positive is
   * isolated margin, negative cross, as Phemex defines it.
   *
   * @throws IllegalArgumentException unless 0 < |leverage| <= 100
   */
  public void setLeverage(String symbol, BigDecimal leverage) {
    if (leverage == null
        || leverage.signum() == 0
        || leverage.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "leverage must satisfy 0 < |leverage| <= 100, got " + leverage);
    }
    http.call(
        Endpoint.SET_LEVERAGE,
        query(ordered("symbol", symbol, "leverageRr", leverage.toPlainString())));
  }

  /** The circuit breaker's state, for health reporting. */
  public CircuitBreaker.State breakerState() {
    return http.breakerState();
  }

  private static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put((String) keyValues[i], keyValues[i + 1]);
    }
    return out;
  }

  /** key=value pairs joined by '&', values URL-encoded; signed exactly as sent. */
  private static String query(Map<String, ?> params) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, ?> e : params.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "PhemexClient[" + config.baseUrl() + ", " + (signer == null ? "public" : signer) + "]";
  }
}
