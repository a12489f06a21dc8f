package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Placement under every injected fault never leaves two orders with one clOrdID. The fake here does
 * NOT refuse duplicate clOrdIDs, so a blind re-send would book a second order and fail the test;
 * the client must look the order up before any re-send.
 */
class OrderPlacementFaultTest {
  private static final String CREATE = "/g-orders/create";
  private static final String LOOKUP = "/api-data/g-futures/orders/by-order-id";

  private FakePhemex fake;
  private RecordingSleeper sleeper;
  private PhemexClient client;

  @BeforeEach
  void start() throws Exception {
    fake = TestClients.fake();
    fake.rejectDuplicates(false);
    fake.holdMillis(1200); // past the 400 ms request timeout
    sleeper = new RecordingSleeper();
    client = TestClients.client(TestClients.fast(fake), TestClients.SECRET, sleeper);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private OrderOutcome place(String id) {
    return client.placeOrder(
        TestClients.BTCUSDT,
        OrderRequest.limit(
            id, "BTCUSDT", Side.Buy, new BigDecimal("19000"), new BigDecimal("0.01")));
  }

  /** Faults where the exchange placed the order but the answer was lost or garbled. */
  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "ERROR_500_AFTER_PROCESSING",
        "TIMEOUT_AFTER_PROCESSING",
        "DROP_AFTER_PROCESSING",
        "MALFORMED_JSON_AFTER_PROCESSING",
        "DUPLICATE_ANSWER_AFTER_PROCESSING"
      })
  void placedButAnswerLostIsFoundByClientIdAndNotResent(Fault fault) {
    fake.inject(CREATE, fault);
    OrderOutcome out = place("f-" + fault.ordinal());
    OrderOutcome.Placed p = assertInstanceOf(OrderOutcome.Placed.class, out, out.toString());
    assertTrue(p.reconciled());
    assertEquals("f-" + fault.ordinal(), p.order().clOrdID());
    assertEquals(1, fake.ordersWithClientId("f-" + fault.ordinal()));
    assertEquals(1, fake.calls(CREATE), "no re-send once the order was found");
    assertEquals(1, fake.calls(LOOKUP));
  }

  /** Faults where the exchange did not place it: looked up, not found, re-sent once. */
  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"ERROR_500", "RATE_LIMIT_429"})
  void notPlacedIsLookedUpThenResentWithTheSameClientId(Fault fault) {
    fake.inject(CREATE, fault);
    OrderOutcome.Placed p = assertInstanceOf(OrderOutcome.Placed.class, place("n-1"));
    assertFalse(p.reconciled());
    assertEquals(1, fake.ordersWithClientId("n-1"));
    assertEquals(2, fake.calls(CREATE));
    assertEquals(1, fake.calls(LOOKUP));
    if (fault == Fault.RATE_LIMIT_429) {
      // The fake's retry-after is 1 s: the group was blocked that long before the re-send.
      assertTrue(
          sleeper.waits.stream().anyMatch(w -> w >= 900 && w <= 1000), sleeper.waits.toString());
    }
  }

  @Test
  void aLostAnswerAfterARefusedFirstSendStillEndsWithOneOrder() {
    fake.inject(CREATE, Fault.ERROR_500, Fault.TIMEOUT_AFTER_PROCESSING);
    OrderOutcome.Placed p = assertInstanceOf(OrderOutcome.Placed.class, place("s-1"));
    assertTrue(p.reconciled());
    assertEquals(1, fake.ordersWithClientId("s-1"));
    assertEquals(2, fake.calls(CREATE));
    assertEquals(2, fake.calls(LOOKUP));
  }

  @Test
  void whenTheLookupFailsTooTheOutcomeIsUnknownAndNothingIsResent() {
    fake.inject(CREATE, Fault.TIMEOUT_AFTER_PROCESSING);
    fake.inject(LOOKUP, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
    OrderOutcome.Unknown u = assertInstanceOf(OrderOutcome.Unknown.class, place("u-1"));
    assertTrue(u.cause().contains("lookup failed"), u.cause());
    assertEquals(1, fake.calls(CREATE));
    assertEquals(3, fake.calls(LOOKUP), "the lookup is idempotent, so it was retried");
    assertEquals(1, fake.ordersWithClientId("u-1"));
  }

  @Test
  void sendsAreBoundedWhenTheExchangeKeepsFailing() {
    // A breaker too lenient to open here: the bound under test is maxPlaceAttempts.
    client =
        TestClients.client(
            TestClients.fast(fake)
                .withBreaker(
                    new ClientConfig.BreakerPolicy(100f, 50, 50, Duration.ofSeconds(1), 1)),
            TestClients.SECRET,
            sleeper);
    fake.inject(CREATE, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
    OrderOutcome.Unknown u = assertInstanceOf(OrderOutcome.Unknown.class, place("b-1"));
    assertTrue(u.cause().contains("3 send(s)"), u.cause());
    assertEquals(3, fake.calls(CREATE), "maxPlaceAttempts of the default config");
    assertEquals(0, fake.ordersWithClientId("b-1"));
  }

  @Test
  void aRealDuplicateAnswerCountsAsPlaced() {
    fake.rejectDuplicates(true);
    assertInstanceOf(OrderOutcome.Placed.class, place("d-1"));
    OrderOutcome.Placed again = assertInstanceOf(OrderOutcome.Placed.class, place("d-1"));
    assertTrue(again.reconciled());
    assertEquals(1, fake.ordersWithClientId("d-1"));
  }
}
