package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.Timeframe;
import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake counts every request that would exceed its budget; the client must cause none. */
class RateLimitTest {
  private static final int CAPACITY = 60;
  private static final Duration WINDOW = Duration.ofMillis(200);

  /**
   * 240 mixed calls (weights 1, 3 and 10 across both groups) against a 60-per-200-ms budget.
   * clientCapacity = 60 matches the exchange; 10,000 leaves the client's own limiter useless, so
   * only obeying the x-ratelimit-remaining headers keeps the count at zero.
   */
  @ParameterizedTest
  @ValueSource(ints = {CAPACITY, 10_000})
  void aLongRunNeverExceedsTheExchangeBudget(int clientCapacity) throws Exception {
    try (FakePhemex fake =
        new FakePhemex(TestClients.KEY, TestClients.SECRET, CAPACITY, WINDOW.toMillis())) {
      fake.klineRows("[[1700000000,60,\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"]]");
      PhemexClient client =
          TestClients.client(
              TestClients.fast(fake)
                  .withLimits(new ClientConfig.RateLimit(clientCapacity, WINDOW))
                  // Budgets, not timeouts, are under test: a loaded machine must not trip these.
                  .withRequestTimeout(Duration.ofSeconds(5))
                  .withBreaker(
                      new ClientConfig.BreakerPolicy(50f, 100, 100, Duration.ofMillis(300), 1)),
              TestClients.SECRET,
              Sleeper.system());
      for (int i = 0; i < 240; i++) {
        switch (i % 6) {
          case 0, 1 -> client.accountPositions("USDT");
          case 2 -> client.cancelAll("BTCUSDT"); // two calls of weight 3
          case 3 -> client.serverTime();
          case 4 -> client.klines("BTCUSDT", Timeframe.M1, 5); // weight 10
          default -> client.openOrders("BTCUSDT");
        }
      }
      assertEquals(0, fake.overLimit(), "requests over the exchange's budget");
      // Every call went out; on a loaded machine a read may time out and be retried (an
      // idempotent call), so the server may count a few more than 80 — never fewer.
      int positions = fake.calls("/g-accounts/accountPositions");
      int cancels = fake.calls("/g-orders/all");
      assertTrue(positions >= 80 && positions <= 85, "accountPositions calls: " + positions);
      assertTrue(cancels >= 80 && cancels <= 85, "cancel-all calls: " + cancels);
    }
  }

  @Test
  void a429BlocksItsGroupForTheRetryAfterAndTheCallIsRetried() throws Exception {
    try (FakePhemex fake = TestClients.fake()) {
      fake.retryAfterSeconds(2);
      RecordingSleeper sleeper = new RecordingSleeper();
      PhemexClient client = TestClients.client(TestClients.fast(fake), TestClients.SECRET, sleeper);
      fake.inject("/public/time", Fault.RATE_LIMIT_429);
      assertTrue(client.serverTime() > 0);
      assertEquals(2, fake.calls("/public/time"));
      // Retry backoff (a few ms) plus the gate's wait of about 2 s for the Others group.
      assertTrue(
          sleeper.waits.stream().anyMatch(w -> w > 1900 && w <= 2000), sleeper.waits.toString());
      int before = sleeper.waits.size();
      client.accountPositions("USDT"); // Contract group: not blocked
      assertEquals(before, sleeper.waits.size());
    }
  }
}
