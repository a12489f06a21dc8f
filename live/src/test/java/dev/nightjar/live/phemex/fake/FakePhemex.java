package dev.nightjar.live.phemex.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.nightjar.data.BarSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An in-process Phemex on loopback (port 0), written from PHEMEX.md and independent of the client's
 * code: it verifies every signature and expiry as Phemex does (code 10500 in an HTTP 200; HTTP 401
 * "Request Expired"), keeps real order state ({@link FakeBook}), sends the rate-limit headers of
 * each group and enforces a fixed-window budget (429 + retry-after), and injects {@link Fault}s on
 * demand.
 */
public final class FakePhemex implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kline history path (from/to in seconds, fewer than 2000 rows per range). */
  public static final String KLINE_LIST = "/exchange/public/md/v2/kline/list";

  static {
    // Without TCP_NODELAY each loopback answer waits ~40 ms on delayed ACKs; read once by the JDK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** Path → {group header suffix ("" for Others), weight}, from PHEMEX.md §1.7/§1.8. */
  private static final Map<String, Object[]> WEIGHTS =
      Map.ofEntries(
          Map.entry("/public/time", new Object[] {"", 1}),
          Map.entry("/public/products", new Object[] {"", 1}),
          Map.entry("/exchange/public/md/v2/kline/last", new Object[] {"", 10}),
          Map.entry(KLINE_LIST, new Object[] {"", 10}),
          Map.entry("/g-orders/create", new Object[] {"contract", 1}),
          Map.entry("/g-orders/cancel", new Object[] {"contract", 1}),
          Map.entry("/g-orders/all", new Object[] {"contract", 3}),
          Map.entry("/g-orders/activeList", new Object[] {"contract", 1}),
          Map.entry("/g-accounts/accountPositions", new Object[] {"contract", 1}),
          Map.entry("/g-positions/leverage", new Object[] {"contract", 1}),
          Map.entry("/api-data/g-futures/orders/by-order-id", new Object[] {"", 1}));

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String apiKey;
  private final byte[] secret;
  private final int capacity;
  private final long windowMillis;
  private final FakeBook book = new FakeBook();
  private final Map<String, Queue<Fault>> faults = new HashMap<>();
  private final Map<String, long[]> windows = new HashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final AtomicInteger overLimit = new AtomicInteger();
  private final AtomicInteger badSignatures = new AtomicInteger();
  private volatile long clockSkewMillis;
  private volatile long holdMillis = 1500;
  private volatile int retryAfterSeconds = 1;
  private volatile String klineRows = "[]";
  private volatile int klineErrorCode;
  private volatile BarSeries klineHistory;
  private final List<long[]> klineRanges = new CopyOnWriteArrayList<>();
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

  /**
   * @param capacity weight units per group per window
   * @param windowMillis the fixed window, aligned to multiples of itself on the server clock
   */
  public FakePhemex(String apiKey, String secret, int capacity, long windowMillis)
      throws IOException {
    this.apiKey = apiKey;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.capacity = capacity;
    this.windowMillis = windowMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next request to {@code path} suffers {@code fault} (queued, one per request). */
  public synchronized void inject(String path, Fault... injected) {
    Queue<Fault> q = faults.computeIfAbsent(path, p -> new ArrayDeque<>());
    for (Fault f : injected) {
      q.add(f);
    }
  }

  /** The server clock runs {@code millis} ahead of the local clock. */
  public void clockSkew(long millis) {
    clockSkewMillis = millis;
  }

  /** How long a TIMEOUT fault holds the answer. */
  public void holdMillis(long millis) {
    holdMillis = millis;
  }

  public void retryAfterSeconds(int seconds) {
    retryAfterSeconds = seconds;
  }

  /** Whether a second order with an existing clOrdID is refused (11085) or booked. */
  public synchronized void rejectDuplicates(boolean on) {
    book.rejectDuplicates(on);
  }

  public synchronized void balance(BigDecimal value) {
    book.balance(value);
  }

  /** Kline rows as JSON, e.g. {@code [[1700000000,60,"1","2","3","0.5","2.5","10","25"]]}. */
  public void klineRows(String rowsJson) {
    klineRows = rowsJson;
  }

  /** Kline requests answer the market-data error envelope with this code (0: no error). */
  public void klineErrorCode(int code) {
    klineErrorCode = code;
  }

  /**
   * Kline history ({@link #KLINE_LIST}) serves the bars of {@code series} for its symbol and
   * timeframe: those opening in the requested {@code [from, to)} and not after the server's clock,
   * so the still-forming bar is included as Phemex may include it. Any other symbol or resolution
   * is answered with market-data error 6001.
   */
  public void klineHistory(BarSeries series) {
    klineHistory = series;
  }

  /** The {@code [from, to)} ranges (epoch ms) of every kline history request, in arrival order. */
  public List<long[]> klineRanges() {
    return List.copyOf(klineRanges);
  }

  public long serverNow() {
    return System.currentTimeMillis() + clockSkewMillis;
  }

  /** Requests received on {@code path} (all outcomes). */
  /**
   * How many TCP connections clients opened so far (distinct client ports): a client that leaves
   * bodies unread cannot reuse its connections, so this grows with every request.
   */
  public int connections() {
    return clientPorts.size();
  }

  public int calls(String path) {
    AtomicInteger n = calls.get(path);
    return n == null ? 0 : n.get();
  }

  /** Requests refused with 429 because they would have exceeded the budget (not injected ones). */
  public int overLimit() {
    return overLimit.get();
  }

  public int badSignatures() {
    return badSignatures.get();
  }

  public synchronized long ordersWithClientId(String clOrdID) {
    return book.countByClientId(clOrdID);
  }

  public synchronized List<String> clientIds() {
    return book.clientIds();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    clientPorts.add(ex.getRemoteAddress().getPort());
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      String rawQuery = ex.getRequestURI().getRawQuery();
      String query = rawQuery == null ? "" : rawQuery;
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      Object[] weight = WEIGHTS.get(path);
      if (weight == null) {
        send(ex, 404, envelope(404, "no such path", null));
        return;
      }
      String group = (String) weight[0];
      Fault fault = nextFault(path);
      if (fault == Fault.RATE_LIMIT_429) {
        tooMany(ex, group);
        return;
      }
      if (!spend(ex, group, (Integer) weight[1])) {
        overLimit.incrementAndGet();
        tooMany(ex, group);
        return;
      }
      if (!path.startsWith("/public") && !path.startsWith("/exchange/public")) {
        String refusal = authenticate(ex, path, query, new String(body, StandardCharsets.UTF_8));
        if (refusal != null) {
          send(ex, refusal.startsWith("{\"code\":401") ? 401 : 200, refusal);
          return;
        }
      }
      if (fault == Fault.ERROR_500) {
        send(ex, 500, "");
        return;
      }
      if (fault == Fault.POSITION_MODE_MISMATCH) {
        send(ex, 200, envelope(20004, "TE_ERR_INCONSISTENT_POS_MODE", null));
        return;
      }
      String answer = route(path, params(query));
      if (fault == null) {
        send(ex, 200, answer);
        return;
      }
      switch (fault) {
        case ERROR_500_AFTER_PROCESSING -> send(ex, 502, "<html>Bad Gateway</html>");
        case TIMEOUT_AFTER_PROCESSING -> {
          sleep(holdMillis);
          send(ex, 200, answer);
        }
        case DROP_AFTER_PROCESSING -> throw new IOException("fake: dropping the connection");
        case MALFORMED_JSON_AFTER_PROCESSING -> send(ex, 200, "{\"code\":0,\"data\":{\"orderID\":");
        case DUPLICATE_ANSWER_AFTER_PROCESSING ->
            send(ex, 200, envelope(11085, "TE_CL_ORD_ID_DUPLICATE", null));
        default -> throw new IllegalStateException("unhandled fault " + fault);
      }
    }
  }

  private synchronized Fault nextFault(String path) {
    Queue<Fault> q = faults.get(path);
    return q == null ? null : q.poll();
  }

  /** Spends {@code weight} in the group's current window; false if it does not fit. */
  private synchronized boolean spend(HttpExchange ex, String group, int weight) {
    long now = serverNow();
    long start = now - Math.floorMod(now, windowMillis);
    long[] w = windows.computeIfAbsent(group, g -> new long[2]);
    if (w[0] != start) {
      w[0] = start;
      w[1] = 0;
    }
    if (w[1] + weight > capacity) {
      return false;
    }
    w[1] += weight;
    ex.getResponseHeaders().set(header("remaining", group), Long.toString(capacity - w[1]));
    ex.getResponseHeaders().set(header("capacity", group), Integer.toString(capacity));
    return true;
  }

  private void tooMany(HttpExchange ex, String group) throws IOException {
    ex.getResponseHeaders().set(header("retry-after", group), Integer.toString(retryAfterSeconds));
    send(ex, 429, envelope(429, "rate limited", null));
  }

  private static String header(String kind, String group) {
    return "x-ratelimit-" + kind + (group.isEmpty() ? "" : "-" + group);
  }

  /** Null if the request is authentic, else the body of Phemex's refusal. */
  private String authenticate(HttpExchange ex, String path, String query, String body) {
    String key = ex.getRequestHeaders().getFirst("x-phemex-access-token");
    String expiry = ex.getRequestHeaders().getFirst("x-phemex-request-expiry");
    String signature = ex.getRequestHeaders().getFirst("x-phemex-request-signature");
    if (key == null || expiry == null || signature == null || !expiry.matches("\\d{1,12}")) {
      return envelope(401, "unauthenticated", null);
    }
    if (Long.parseLong(expiry) * 1000L < serverNow()) {
      return envelope(401, "Request Expired at " + expiry, null);
    }
    String expected = hmacHex(path + query + expiry + body);
    if (!key.equals(apiKey) || !expected.equals(signature)) {
      badSignatures.incrementAndGet();
      return envelope(10500, "API Signature verification failed.", null);
    }
    return null;
  }

  private String hmacHex(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private synchronized String route(String path, Map<String, String> q) {
    try {
      JsonNode data =
          switch (path) {
            case "/public/time" -> JSON.createObjectNode().put("serverTime", serverNow());
            case "/public/products" -> book.products();
            case "/exchange/public/md/v2/kline/last" -> {
              if (klineErrorCode != 0) {
                yield mdError(klineErrorCode, "md error");
              }
              yield mdResult(JSON.readTree(klineRows));
            }
            case KLINE_LIST -> klineList(q);
            case "/g-orders/create" -> book.place(q);
            case "/g-orders/cancel" -> book.cancel(q);
            case "/g-orders/all" ->
                JSON.getNodeFactory()
                    .numberNode(book.cancelAll(Boolean.parseBoolean(q.get("untriggered"))));
            case "/g-orders/activeList" -> book.activeList();
            case "/api-data/g-futures/orders/by-order-id" -> book.byClientId(q.get("clOrdID"));
            case "/g-accounts/accountPositions" -> book.accountPositions();
            case "/g-positions/leverage" -> {
              book.setLeverage(q);
              yield JSON.getNodeFactory().textNode("OK");
            }
            default -> throw new IllegalStateException(path);
          };
      return data.has("id") ? data.toString() : envelope(0, "", data);
    } catch (FakeBook.Answer a) {
      return envelope(a.code, a.getMessage(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode klineList(Map<String, String> q) {
    if (klineErrorCode != 0) {
      return mdError(klineErrorCode, "md error");
    }
    BarSeries series = klineHistory;
    long from = Long.parseLong(q.get("from")) * 1000L;
    long to = Long.parseLong(q.get("to")) * 1000L;
    klineRanges.add(new long[] {from, to});
    if (series == null
        || !series.symbol().value().equals(q.get("symbol"))
        || series.timeframe().millis() / 1000 != Long.parseLong(q.get("resolution"))) {
      return mdError(6001, "invalid argument");
    }
    if ((to - from) / series.timeframe().millis() >= 2000) {
      return mdError(30018, "query range too large");
    }
    long interval = series.timeframe().millis() / 1000;
    ArrayNode rows = JSON.createArrayNode();
    BarSeries range = series.between(from, Math.min(to, serverNow() + 1));
    for (int i = 0; i < range.size(); i++) {
      rows.addArray()
          .add(range.time(i) / 1000)
          .add(interval)
          .add(Double.toString(i > 0 ? range.close(i - 1) : range.open(i)))
          .add(Double.toString(range.open(i)))
          .add(Double.toString(range.high(i)))
          .add(Double.toString(range.low(i)))
          .add(Double.toString(range.close(i)))
          .add(Double.toString(range.volume(i)))
          .add(Double.toString(range.volume(i) * range.close(i)));
    }
    return mdResult(rows);
  }

  private static ObjectNode mdError(int code, String message) {
    ObjectNode md = JSON.createObjectNode();
    md.putObject("error").put("code", code).put("message", message);
    md.put("id", 0);
    md.putNull("result");
    return md;
  }

  private static ObjectNode mdResult(JsonNode rows) {
    ObjectNode md = JSON.createObjectNode();
    md.putNull("error");
    md.put("id", 0);
    md.putObject("result").put("total", -1).set("rows", rows);
    return md;
  }

  private static String envelope(int code, String msg, JsonNode data) {
    ObjectNode env = JSON.createObjectNode().put("code", code).put("msg", msg);
    env.set("data", data == null ? JSON.nullNode() : data);
    return env.toString();
  }

  private static Map<String, String> params(String query) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        out.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
