package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.Timeframe;
import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Error paths never leak connections: every answer's body is read to the end, so the client's
 * HTTP/1.1 connection goes back to its pool and the next call reuses it. The fake counts the TCP
 * connections it was opened (distinct client ports).
 */
class ConnectionReuseTest {
  private static final String POSITIONS = "/g-accounts/accountPositions";

  private FakePhemex fake;

  @BeforeEach
  void start() throws Exception {
    fake = TestClients.fake();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** One attempt per call and a breaker that never opens: every error reaches the caller. */
  private PhemexClient client(HttpClient http, String secret) {
    ClientConfig config =
        TestClients.fast(fake)
            .withRetry(new ClientConfig.RetryPolicy(1, Duration.ofMillis(1), 2.0, 0.5))
            .withBreaker(
                new ClientConfig.BreakerPolicy(100f, 1000, 1000, Duration.ofSeconds(1), 1));
    return new PhemexClient(
        http,
        config,
        new Credentials(TestClients.KEY, secret),
        System::currentTimeMillis,
        Sleeper.system());
  }

  @Test
  void twoHundredErrorAnswersTravelOverOneConnectionPerClient() {
    PhemexClient client = client(PhemexClient.newHttpClient(Duration.ofSeconds(2)), "x");
    PhemexClient wrongSecret =
        client(PhemexClient.newHttpClient(Duration.ofSeconds(2)), "not-the-secret");
    fake.klineErrorCode(6001);
    for (int i = 0; i < 50; i++) {
      fake.inject(POSITIONS, Fault.ERROR_500);
      assertThrows(PhemexException.class, () -> client.accountPositions("USDT"));
      fake.inject(POSITIONS, Fault.MALFORMED_JSON_AFTER_PROCESSING);
      assertThrows(PhemexException.class, () -> client.accountPositions("USDT"));
      assertThrows(PhemexException.class, () -> client.klines("BTCUSDT", Timeframe.H1, 5));
      assertThrows(PhemexException.class, () -> wrongSecret.accountPositions("USDT"));
    }
    // Two clients, each with one pooled connection (a server-side close may force one more).
    assertTrue(fake.connections() <= 4, "connections: " + fake.connections());
  }

  @Test
  void theCountSeesEveryNewConnection() {
    for (int i = 0; i < 5; i++) {
      client(PhemexClient.newHttpClient(Duration.ofSeconds(2)), TestClients.SECRET).serverTime();
    }
    assertEquals(5, fake.connections(), "a fresh HttpClient per call opens a connection each");
  }
}
