package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retries (idempotent calls only, backoff through the injected sleeper) and the circuit breaker
 * (window of 4 calls, opens at 50 % failures, 300 ms open, 1 half-open trial).
 */
class ResilienceTest {
  private static final String TIME = "/public/time";
  private static final String POSITIONS = "/g-accounts/accountPositions";

  private FakePhemex fake;
  private RecordingSleeper sleeper;
  private PhemexClient client;

  @BeforeEach
  void start() throws Exception {
    fake = TestClients.fake();
    fake.holdMillis(1000);
    sleeper = new RecordingSleeper();
    ClientConfig config =
        TestClients.fast(fake)
            .withRetry(new ClientConfig.RetryPolicy(3, Duration.ofMillis(100), 2.0, 0.5));
    client = TestClients.client(config, TestClients.SECRET, sleeper);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"ERROR_500", "TIMEOUT_AFTER_PROCESSING", "MALFORMED_JSON_AFTER_PROCESSING"})
  void idempotentReadsAreRetriedWithBackoff(Fault fault) {
    fake.inject(POSITIONS, fault, fault);
    assertEquals("USDT", client.accountPositions("USDT").currency());
    assertEquals(3, fake.calls(POSITIONS));
    // Two backoffs of 100 ms * 2^(n-1) * (1 +- 0.5); Resilience4j's randomisation draws a whole
    // number in [min, max + 1), so attempt 1 waits 50..150 ms and attempt 2 waits 100..300 ms.
    assertEquals(2, sleeper.waits.size(), sleeper.waits.toString());
    long first = sleeper.waits.get(0);
    long second = sleeper.waits.get(1);
    assertTrue(first >= 50 && first <= 150, sleeper.waits.toString());
    assertTrue(second >= 100 && second <= 300, sleeper.waits.toString());
  }

  @Test
  void droppedConnectionsOnReadsAreRetried() {
    // The JDK HttpClient itself re-sends a GET once when the connection drops before an answer,
    // so the fake may see more requests than our retry made attempts; the read still succeeds.
    fake.inject(POSITIONS, Fault.DROP_AFTER_PROCESSING, Fault.DROP_AFTER_PROCESSING);
    assertEquals("USDT", client.accountPositions("USDT").currency());
    assertEquals(3, fake.calls(POSITIONS));
    assertTrue(sleeper.waits.size() >= 1 && sleeper.waits.size() <= 2, sleeper.waits.toString());
  }

  @Test
  void retriesStopAtMaxAttempts() {
    fake.inject(POSITIONS, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
    PhemexException e = assertThrows(PhemexException.class, () -> client.accountPositions("USDT"));
    assertEquals(ErrorKind.SERVER_ERROR, e.kind());
    assertEquals(500, e.httpStatus());
    assertEquals(3, fake.calls(POSITIONS));
  }

  @Test
  void cancelIsRetriedAndALostCancelEndsAsUnknownOrder() {
    client.placeOrder(
        TestClients.BTCUSDT,
        OrderRequest.limit(
            "c-1", "BTCUSDT", Side.Buy, new BigDecimal("100"), new BigDecimal("0.001")));
    fake.inject("/g-orders/cancel", Fault.TIMEOUT_AFTER_PROCESSING);
    // The first cancel worked but its answer was lost; the retry finds no open order: done.
    assertEquals(CancelOutcome.UNKNOWN_ORDER, client.cancelOrder("BTCUSDT", "c-1", PosSide.Merged));
    assertEquals(2, fake.calls("/g-orders/cancel"));
  }

  @Test
  void placementIsNotRetriedByTheRetryPolicy() {
    // A business refusal is final, and a 5xx leads to a lookup rather than a retry.
    fake.inject("/g-orders/create", Fault.POSITION_MODE_MISMATCH);
    client.placeOrder(
        TestClients.BTCUSDT,
        OrderRequest.market("p-1", "BTCUSDT", Side.Buy, new BigDecimal("0.001")));
    assertEquals(1, fake.calls("/g-orders/create"));
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void theBreakerOpensAfterFailuresAndRecoversThroughHalfOpen() throws InterruptedException {
    fake.inject(TIME, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
    assertEquals(
        ErrorKind.SERVER_ERROR, assertThrows(PhemexException.class, client::serverTime).kind());
    // The 4th failure fills the window (4 of 4 failed): open, and the retry is refused.
    assertEquals(
        ErrorKind.CIRCUIT_OPEN, assertThrows(PhemexException.class, client::serverTime).kind());
    assertEquals(CircuitBreaker.State.OPEN, client.breakerState());
    int sent = fake.calls(TIME);
    assertEquals(4, sent);
    assertEquals(
        ErrorKind.CIRCUIT_OPEN, assertThrows(PhemexException.class, client::serverTime).kind());
    assertEquals(sent, fake.calls(TIME), "nothing is sent while open");
    // An order is not sent either, and that is a value.
    OrderOutcome.Rejected r =
        assertInstanceOf(
            OrderOutcome.Rejected.class,
            client.placeOrder(
                TestClients.BTCUSDT,
                OrderRequest.market("o-1", "BTCUSDT", Side.Buy, new BigDecimal("0.001"))));
    assertEquals(ErrorKind.CIRCUIT_OPEN, r.reason());
    assertEquals(0, fake.calls("/g-orders/create"));

    Thread.sleep(400); // past the 300 ms open wait: the next call is the half-open trial
    assertTrue(client.serverTime() > 0);
    assertEquals(CircuitBreaker.State.CLOSED, client.breakerState());
  }

  @Test
  void aFailedHalfOpenTrialReopensTheBreaker() throws InterruptedException {
    fake.inject(TIME, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
    assertThrows(PhemexException.class, client::serverTime);
    assertThrows(PhemexException.class, client::serverTime);
    assertEquals(CircuitBreaker.State.OPEN, client.breakerState());
    Thread.sleep(400);
    fake.inject(TIME, Fault.ERROR_500);
    assertThrows(PhemexException.class, client::serverTime);
    assertEquals(CircuitBreaker.State.OPEN, client.breakerState());
  }

  @Test
  void rateLimitsAndRefusalsDoNotOpenTheBreaker() {
    for (int i = 0; i < 6; i++) {
      fake.inject(TIME, Fault.RATE_LIMIT_429);
      client.serverTime();
      fake.inject("/g-orders/create", Fault.POSITION_MODE_MISMATCH);
      client.placeOrder(
          TestClients.BTCUSDT,
          OrderRequest.market("x-" + i, "BTCUSDT", Side.Buy, new BigDecimal("0.001")));
    }
    assertEquals(CircuitBreaker.State.CLOSED, client.breakerState());
  }
}
