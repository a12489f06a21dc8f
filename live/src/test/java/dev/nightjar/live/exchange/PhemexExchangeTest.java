package dev.nightjar.live.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Sizing;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.live.config.RiskLimits;
import dev.nightjar.live.phemex.ClientConfig;
import dev.nightjar.live.phemex.Credentials;
import dev.nightjar.live.phemex.OrderRequest;
import dev.nightjar.live.phemex.PhemexClient;
import dev.nightjar.live.phemex.Position;
import dev.nightjar.live.phemex.Product;
import dev.nightjar.live.phemex.Side;
import dev.nightjar.live.phemex.Sleeper;
import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import dev.nightjar.live.runner.Outcome;
import dev.nightjar.live.runner.ReplayFeed;
import dev.nightjar.live.runner.Replays;
import dev.nightjar.live.runner.Runner;
import dev.nightjar.live.runner.RunnerResult;
import dev.nightjar.live.state.OrderRecord;
import dev.nightjar.live.state.OrderStatus;
import dev.nightjar.live.state.RunnerState;
import dev.nightjar.live.state.StateStore;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The runner against the fake Phemex on loopback (real HTTP, signatures checked, real order state)
 * with faults injected into order placement: every decision is at most one order on the exchange,
 * every order there is one the state file knows, the kill switch flattens the exchange's position,
 * a restart reconciles and cancels orphans, and the secret appears in no log line, exception or
 * state file.
 */
class PhemexExchangeTest {
  private static final String KEY = "806066b0-f02b-4d3e-b444-76ec718e1023";
  private static final String SECRET = "dummy-secret-for-tests";
  private static final HttpClient HTTP = PhemexClient.newHttpClient(Duration.ofSeconds(2));

  @TempDir Path dir;
  private FakePhemex fake;
  private PhemexClient client;
  private Product product;
  private StrategyConfig config;
  private BarSeries series;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<Logger> loggers = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    fake = new FakePhemex(KEY, SECRET, 100_000, 1000);
    client =
        new PhemexClient(
            HTTP,
            ClientConfig.defaults(fake.baseUrl())
                .withRequestTimeout(Duration.ofMillis(400))
                .withRetry(new ClientConfig.RetryPolicy(3, Duration.ofMillis(1), 2.0, 0.5))
                // Tolerant enough that the injected faults never open it: with a 4-call window it
                // opened, and a replay at full speed then outran its 300 ms wait, so every later
                // bar failed and the kill switch stopped the run (ResilienceTest covers the
                // breaker itself).
                .withBreaker(new ClientConfig.BreakerPolicy(50f, 50, 50, Duration.ofMillis(300), 1))
                .withLimits(new ClientConfig.RateLimit(100_000, Duration.ofSeconds(1))),
            new Credentials(KEY, SECRET),
            System::currentTimeMillis,
            Sleeper.system());
    product = client.products().get("BTCUSDT");
    series = Replays.randomWalk(17, 160).withId(SeriesId.parse("BTCUSDT:1h"));
    config =
        Replays.config(
            series,
            "sma-cross",
            Direction.LONG_SHORT,
            Map.of("fast", 3.0, "slow", 8.0),
            EngineConfig.builder().cash(100).sizing(new Sizing.Fraction(0.02)).build());
    logs.start();
    for (String name : List.of("dev.nightjar", "io.github.resilience4j", "nightjar.audit")) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      logger.addAppender(logs);
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      loggers.add(logger);
    }
  }

  @AfterEach
  void tearDown() {
    for (Logger logger : loggers) {
      logger.detachAppender(logs);
      logger.setLevel(null);
      logger.setAdditive(true);
    }
    fake.close();
  }

  private RunnerResult run(RiskLimits limits, BarSeries bars) throws InterruptedException {
    return new Runner(
            config, limits, new PhemexExchange(client, product), new StateStore(dir, true), true)
        .run(new ReplayFeed(bars, 0));
  }

  private RunnerState state() {
    return new StateStore(dir, true).load().orElseThrow();
  }

  /** At most one order per client id on the exchange, and none the state does not know. */
  private void assertNoDuplicateOrOrphan() {
    Set<String> known =
        state().orders().stream().map(OrderRecord::clOrdId).collect(Collectors.toSet());
    for (String id : known) {
      assertTrue(fake.ordersWithClientId(id) <= 1, "duplicate order " + id);
    }
    for (String id : fake.clientIds()) {
      assertTrue(known.contains(id) || !id.startsWith("nj-"), "orphan order " + id);
    }
  }

  private BigDecimal exchangePosition() {
    for (Position p : client.accountPositions("USDT").positions()) {
      if (p.symbol().equals("BTCUSDT")) {
        return "Sell".equals(p.side()) ? p.size().negate() : p.size();
      }
    }
    return BigDecimal.ZERO;
  }

  @Test
  void noDuplicateOrderUnderInjectedFaults() throws Exception {
    fake.inject(
        "/g-orders/create",
        Fault.ERROR_500_AFTER_PROCESSING,
        Fault.TIMEOUT_AFTER_PROCESSING,
        Fault.DROP_AFTER_PROCESSING,
        Fault.DUPLICATE_ANSWER_AFTER_PROCESSING,
        Fault.MALFORMED_JSON_AFTER_PROCESSING,
        Fault.RATE_LIMIT_429,
        Fault.ERROR_500);
    RunnerResult r = run(Replays.loose(), series);
    assertEquals(Outcome.FEED_ENDED, r.outcome(), r.message());
    RunnerState s = state();
    assertTrue(s.orders().size() >= 8, "orders: " + s.orders().size());
    assertNoDuplicateOrOrphan();
    assertFalse(
        s.orders().stream().anyMatch(o -> o.status() == OrderStatus.PENDING),
        "every order settled: " + s.orders());
    List<OrderRecord> filled =
        s.orders().stream().filter(o -> o.status() == OrderStatus.FILLED).toList();
    assertTrue(filled.size() >= s.orders().size() / 2, "filled: " + filled.size());
    assertEquals(
        filled.get(filled.size() - 1).target(),
        exchangePosition().signum(),
        "the exchange holds the last filled order's target");
    for (OrderRecord o : s.orders()) {
      if (o.status() == OrderStatus.FILLED) {
        assertEquals(1, fake.ordersWithClientId(o.clOrdId()), "on the exchange: " + o);
      }
    }
    assertNoSecret();
  }

  @Test
  void aRefusedOrderIsSentAgainOnTheNextBarUnderANewId() throws Exception {
    // The first order is refused (code 20004, nothing placed); the strategy keeps its side, so
    // without a retry the account would stay flat until the strategy changes its mind.
    fake.inject("/g-orders/create", Fault.POSITION_MODE_MISMATCH);
    RunnerResult r = run(Replays.loose(), series);
    assertEquals(Outcome.FEED_ENDED, r.outcome(), r.message());
    List<OrderRecord> orders = state().orders();
    OrderRecord refused = orders.get(0);
    assertEquals(OrderStatus.REJECTED, refused.status());
    assertEquals(0, fake.ordersWithClientId(refused.clOrdId()));
    OrderRecord retry = orders.get(1);
    assertEquals(refused.clOrdId() + "-R1", retry.clOrdId());
    assertEquals(refused.target(), retry.target());
    assertEquals(OrderStatus.FILLED, retry.status());
    assertEquals(1, fake.ordersWithClientId(retry.clOrdId()));
    assertNoDuplicateOrOrphan();
  }

  @Test
  void anOrderWhoseSubmitFailedIsVoidOnTheNextBarAndSentAgainOnce() throws Exception {
    // Three HTTP 500 without processing: the client's three attempts fail and submit throws.
    fake.inject("/g-orders/create", Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
    RunnerResult r = run(Replays.loose(), series);
    assertEquals(Outcome.FEED_ENDED, r.outcome(), r.message());
    List<OrderRecord> orders = state().orders();
    OrderRecord lost = orders.get(0);
    assertEquals(OrderStatus.CANCELLED, lost.status(), "void: the exchange never saw it");
    assertEquals(0, fake.ordersWithClientId(lost.clOrdId()));
    OrderRecord retry = orders.get(1);
    assertEquals(lost.clOrdId() + "-R1", retry.clOrdId());
    assertEquals(OrderStatus.FILLED, retry.status());
    assertEquals(1, fake.ordersWithClientId(retry.clOrdId()));
    assertNoDuplicateOrOrphan();
  }

  @Test
  void aLongReplayStaysWithinTheExchangesRateBudget() throws Exception {
    // A tight budget: 20 weight units per 200 ms window per group, known to the client too.
    try (FakePhemex tight = new FakePhemex(KEY, SECRET, 20, 200)) {
      PhemexClient limited =
          new PhemexClient(
              HTTP,
              ClientConfig.defaults(tight.baseUrl())
                  .withRequestTimeout(Duration.ofSeconds(5))
                  .withLimits(new ClientConfig.RateLimit(20, Duration.ofMillis(200))),
              new Credentials(KEY, SECRET),
              System::currentTimeMillis,
              Sleeper.system());
      RunnerResult r =
          new Runner(
                  config,
                  Replays.loose(),
                  new PhemexExchange(limited, limited.products().get("BTCUSDT")),
                  new StateStore(dir, false),
                  true)
              .run(new ReplayFeed(Replays.randomWalk(5, 300).withId(series.id()), 0));
      assertEquals(Outcome.FEED_ENDED, r.outcome(), r.message());
      assertEquals(0, tight.overLimit(), "requests over the exchange's budget");
      List<OrderRecord> orders = state().orders();
      assertTrue(orders.size() >= 20, "orders: " + orders.size());
      for (OrderRecord o : orders) {
        assertTrue(tight.ordersWithClientId(o.clOrdId()) <= 1, "duplicate " + o);
      }
    }
  }

  @Test
  void killSwitchFlattensTheExchangePosition() throws Exception {
    RiskLimits tight = new RiskLimits(20, 1, 0.5, 0.002, 0.9, 100, true);
    RunnerResult r = run(tight, series);
    assertEquals(Outcome.KILLED, r.outcome(), r.message());
    assertEquals(0, exchangePosition().signum(), "flat on the exchange");
    assertTrue(client.openOrders("BTCUSDT").isEmpty());
    assertNoDuplicateOrOrphan();
    assertNoSecret();
  }

  @Test
  void restartReconcilesAndCancelsOrphans() throws Exception {
    run(Replays.loose(), series.view(0, 70));
    // An order of ours the state never recorded (e.g. a state restored from a backup).
    client.placeOrder(
        product,
        OrderRequest.limit(
            "nj-orphan-1", "BTCUSDT", Side.Buy, new BigDecimal("1000"), new BigDecimal("0.01")));
    assertEquals(1, client.openOrders("BTCUSDT").size());
    RunnerResult r = run(Replays.loose(), series);
    assertEquals(Outcome.FEED_ENDED, r.outcome(), r.message());
    assertEquals(series.size() - 70, r.bars(), "no bar decided twice");
    assertTrue(client.openOrders("BTCUSDT").isEmpty(), "orphan cancelled");
    Set<String> known =
        state().orders().stream().map(OrderRecord::clOrdId).collect(Collectors.toSet());
    for (String id : known) {
      assertTrue(fake.ordersWithClientId(id) <= 1, "duplicate order " + id);
    }
    assertNoSecret();
  }

  private void assertNoSecret() throws IOException {
    List<String> texts = new ArrayList<>();
    for (ILoggingEvent e : logs.list) {
      texts.add(e.getFormattedMessage());
      if (e.getThrowableProxy() != null) {
        texts.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
      }
    }
    texts.add(Files.readString(dir.resolve("state.json")));
    assertTrue(logs.list.size() > 10, "log lines captured: " + logs.list.size());
    for (String t : texts) {
      assertFalse(t.contains(SECRET), "secret in: " + t);
    }
  }
}
