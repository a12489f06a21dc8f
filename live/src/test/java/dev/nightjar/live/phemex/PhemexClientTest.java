package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Timeframe;
import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client against the fake exchange over loopback: every endpoint, signing, envelopes. */
class PhemexClientTest {
  private FakePhemex fake;
  private PhemexClient client;

  @BeforeEach
  void start() throws Exception {
    fake = TestClients.fake();
    client = TestClients.client(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void signedCallsAreAccepted() {
    AccountPositions ap = client.accountPositions("USDT");
    assertEquals(0, new BigDecimal("1000").compareTo(ap.balance()));
    assertEquals(0, fake.badSignatures());
  }

  @Test
  void aWrongSecretIsRejectedWithTheSignatureCode() {
    PhemexClient tampered =
        TestClients.client(TestClients.fast(fake), "not-the-secret", Sleeper.system());
    PhemexException e =
        assertThrows(PhemexException.class, () -> tampered.accountPositions("USDT"));
    assertEquals(ErrorKind.BAD_SIGNATURE, e.kind());
    assertEquals(10500, e.code());
    assertEquals(1, fake.badSignatures());
    assertEquals(1, fake.calls("/g-accounts/accountPositions"), "auth errors are not retried");
  }

  @Test
  void anExpiredRequestResynchronisesTheClockOnceAndIsSentAgain() {
    fake.clockSkew(5 * 60_000L); // server 5 min ahead: a local now + 60 s expiry has passed there
    assertEquals("USDT", client.accountPositions("USDT").currency());
    assertEquals(2, fake.calls("/g-accounts/accountPositions"), "expired, then accepted");
    assertEquals(1, fake.calls("/public/time"), "one resync");
    long offset = client.syncClock();
    assertTrue(Math.abs(offset - 5 * 60_000L) < 2_000, "offset " + offset);
  }

  @Test
  void serverTimeIsRead() {
    long before = fake.serverNow();
    long t = client.serverTime();
    assertTrue(t >= before && t <= fake.serverNow());
  }

  @Test
  void productsCarryTicksStepsLimitsAndTierLeverage() {
    Map<String, Product> products = client.products();
    Product btc = products.get("BTCUSDT");
    assertEquals(TestClients.BTCUSDT, btc); // the fake's BTCUSDT, written out by hand
    Product old = products.get("OLDUSDT");
    assertFalse(old.listed());
    assertEquals(0, new BigDecimal("20").compareTo(old.maxLeverage()));
  }

  @Test
  void klinesUseTheMarketDataEnvelopeAndComeBackAscending() {
    // Newest first, as strings; timestamps in seconds.
    fake.klineRows(
        "[[1700000060,60,\"2.5\",\"2.5\",\"4\",\"2\",\"3\",\"11\",\"30\"],"
            + "[1700000000,60,\"1\",\"1\",\"3\",\"0.5\",\"2.5\",\"10\",\"25\"]]");
    BarSeries s = client.klines("BTCUSDT", Timeframe.M1, 5);
    assertEquals(2, s.size());
    assertEquals(1_700_000_000_000L, s.time(0));
    assertEquals(1_700_000_060_000L, s.time(1));
    assertEquals(1.0, s.open(0));
    assertEquals(3.0, s.high(0));
    assertEquals(0.5, s.low(0));
    assertEquals(2.5, s.close(0));
    assertEquals(10.0, s.volume(0));
    assertEquals(3.0, s.close(1));
  }

  @Test
  void aMarketDataErrorEnvelopeIsAnError() {
    fake.klineErrorCode(30018);
    PhemexException e =
        assertThrows(PhemexException.class, () -> client.klines("BTCUSDT", Timeframe.H1, 1000));
    assertEquals(30018, e.code());
    assertEquals(ErrorKind.QUERY_TOO_LARGE, e.kind());
  }

  @ParameterizedTest
  @CsvSource({"M1, 7", "H2, 100", "M3, 100"})
  void klinesRefuseUndocumentedLimitsAndResolutions(Timeframe tf, int limit) {
    assertThrows(IllegalArgumentException.class, () -> client.klines("BTCUSDT", tf, limit));
  }

  @Test
  void placeRoundsToTickAndStepAndTheOrderCanBeFoundCancelledAndListed() {
    OrderOutcome out =
        client.placeOrder(
            TestClients.BTCUSDT,
            OrderRequest.limit(
                "c-1", "BTCUSDT", Side.Buy, new BigDecimal("19999.97"), new BigDecimal("0.0109")));
    OrderOutcome.Placed placed = assertInstanceOf(OrderOutcome.Placed.class, out);
    assertFalse(placed.reconciled());
    // Buy rounds the price down to the 0.1 tick, the quantity down to the 0.001 step.
    assertEquals("19999.9", placed.order().price().toPlainString());
    assertEquals("0.010", placed.order().qty().toPlainString());
    assertEquals("New", placed.order().status());
    assertEquals("c-1", client.orderByClientId("BTCUSDT", "c-1").orElseThrow().clOrdID());
    assertEquals(1, client.openOrders("BTCUSDT").size());
    assertEquals(CancelOutcome.CANCELLED, client.cancelOrder("BTCUSDT", "c-1", PosSide.Merged));
    assertEquals(CancelOutcome.UNKNOWN_ORDER, client.cancelOrder("BTCUSDT", "c-1", PosSide.Merged));
    assertTrue(client.openOrders("BTCUSDT").isEmpty());
    assertTrue(client.orderByClientId("BTCUSDT", "nope").isEmpty());
  }

  @Test
  void sellRoundsThePriceUp() {
    OrderOutcome out =
        client.placeOrder(
            TestClients.BTCUSDT,
            OrderRequest.limit(
                "c-2", "BTCUSDT", Side.Sell, new BigDecimal("20000.01"), new BigDecimal("0.001")));
    assertEquals(
        "20000.1",
        assertInstanceOf(OrderOutcome.Placed.class, out).order().price().toPlainString());
  }

  @Test
  void aQuantityRoundingToZeroIsRefusedBeforeSending() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client.placeOrder(
                TestClients.BTCUSDT,
                OrderRequest.market("c-3", "BTCUSDT", Side.Buy, new BigDecimal("0.0004"))));
    assertEquals(0, fake.calls("/g-orders/create"));
  }

  @Test
  void cancelAllMakesBothCalls() {
    for (int i = 0; i < 3; i++) {
      client.placeOrder(
          TestClients.BTCUSDT,
          OrderRequest.limit(
              "all-" + i, "BTCUSDT", Side.Buy, new BigDecimal("10000"), new BigDecimal("0.001")));
    }
    client.cancelAll("BTCUSDT");
    assertEquals(2, fake.calls("/g-orders/all"));
    assertTrue(client.openOrders("BTCUSDT").isEmpty());
  }

  @Test
  void marketOrdersMovePositionsAndLeverageIsSet() {
    client.setLeverage("BTCUSDT", new BigDecimal("5"));
    client.placeOrder(
        TestClients.BTCUSDT,
        OrderRequest.market("m-1", "BTCUSDT", Side.Buy, new BigDecimal("0.01")));
    Position p = client.accountPositions("USDT").positions().get(0);
    assertEquals("Buy", p.side());
    assertEquals(0, new BigDecimal("0.01").compareTo(p.size()));
    assertEquals(0, new BigDecimal("5").compareTo(p.leverage()));
    assertEquals(PosSide.Merged, p.posSide());
    int sent = fake.calls("/g-positions/leverage");
    assertThrows(
        IllegalArgumentException.class,
        () -> client.setLeverage("BTCUSDT", new BigDecimal("-100.5")));
    assertEquals(sent, fake.calls("/g-positions/leverage"), "refused before sending");
  }

  @Test
  void exchangeRefusalsAreRejectedOutcomesWithTheirCodes() {
    fake.balance(new BigDecimal("10"));
    OrderOutcome poor =
        client.placeOrder(
            TestClients.BTCUSDT,
            OrderRequest.limit(
                "r-1", "BTCUSDT", Side.Buy, new BigDecimal("20000"), new BigDecimal("1")));
    assertEquals(
        new OrderOutcome.Rejected(
            "r-1",
            ErrorKind.INSUFFICIENT_BALANCE,
            11082,
            "/g-orders/create: code 11082 TE_CANNOT_COVER_ESTIMATE_ORDER_LOSS"),
        poor);
    OrderOutcome hedged =
        client.placeOrder(
            TestClients.BTCUSDT,
            new OrderRequest(
                "r-2",
                "BTCUSDT",
                Side.Buy,
                PosSide.Long,
                OrderType.Limit,
                new BigDecimal("100"),
                new BigDecimal("0.001"),
                TimeInForce.PostOnly,
                false));
    OrderOutcome.Rejected r = assertInstanceOf(OrderOutcome.Rejected.class, hedged);
    assertEquals(ErrorKind.POSITION_MODE_MISMATCH, r.reason());
    assertEquals(20004, r.code());
    fake.inject("/g-orders/create", Fault.POSITION_MODE_MISMATCH);
    assertEquals(
        ErrorKind.POSITION_MODE_MISMATCH,
        assertInstanceOf(
                OrderOutcome.Rejected.class,
                client.placeOrder(
                    TestClients.BTCUSDT,
                    OrderRequest.limit(
                        "r-3",
                        "BTCUSDT",
                        Side.Buy,
                        new BigDecimal("100"),
                        new BigDecimal("0.001"))))
            .reason());
    assertEquals(
        0,
        fake.ordersWithClientId("r-1")
            + fake.ordersWithClientId("r-2")
            + fake.ordersWithClientId("r-3"));
  }

  @Test
  void anOutOfRangeQuantityIsRejectedByTheExchange() {
    // 200 is a multiple of the step but above the fake's max qty of 100.
    Product lax =
        new Product(
            "BTCUSDT",
            new BigDecimal("0.1"),
            new BigDecimal("0.001"),
            BigDecimal.ZERO,
            new BigDecimal("1E9"),
            new BigDecimal("1E9"),
            BigDecimal.ZERO,
            BigDecimal.TEN,
            true);
    OrderOutcome out =
        client.placeOrder(
            lax,
            OrderRequest.limit("q-1", "BTCUSDT", Side.Buy, BigDecimal.ONE, new BigDecimal("200")));
    assertEquals(
        ErrorKind.OUT_OF_RANGE, assertInstanceOf(OrderOutcome.Rejected.class, out).reason());
  }
}
