package dev.nightjar.live.phemex;

import dev.nightjar.live.phemex.fake.FakePhemex;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;

/** Shared set-up: one HttpClient for all tests, a fast config, a fake with known credentials. */
final class TestClients {
  static final String KEY = "806066b0-f02b-4d3e-b444-76ec718e1023";
  static final String SECRET = "dummy-secret-for-tests";
  static final HttpClient HTTP = PhemexClient.newHttpClient(Duration.ofSeconds(2));

  static final Product BTCUSDT =
      new Product(
          "BTCUSDT",
          new BigDecimal("0.1"),
          new BigDecimal("0.001"),
          new BigDecimal("0.1"),
          new BigDecimal("200000000"),
          new BigDecimal("100"),
          BigDecimal.ONE,
          new BigDecimal("100"),
          true);

  private TestClients() {}

  /** A large budget (no limiting in the way), so tests about other things are not slowed. */
  static FakePhemex fake() throws IOException {
    return new FakePhemex(KEY, SECRET, 100_000, 1000);
  }

  /**
   * 400 ms request timeout, 3 attempts from 1 ms backoff, a breaker opening at 50 % of the last 4
   * calls for 300 ms, a large rate budget.
   */
  static ClientConfig fast(FakePhemex fake) {
    return ClientConfig.defaults(fake.baseUrl())
        .withRequestTimeout(Duration.ofMillis(400))
        .withRetry(new ClientConfig.RetryPolicy(3, Duration.ofMillis(1), 2.0, 0.5))
        .withBreaker(new ClientConfig.BreakerPolicy(50f, 4, 4, Duration.ofMillis(300), 1))
        .withLimits(new ClientConfig.RateLimit(100_000, Duration.ofSeconds(1)));
  }

  static PhemexClient client(ClientConfig config, String secret, Sleeper sleeper) {
    return new PhemexClient(
        HTTP, config, new Credentials(KEY, secret), System::currentTimeMillis, sleeper);
  }

  static PhemexClient client(FakePhemex fake) {
    return client(fast(fake), SECRET, Sleeper.system());
  }
}
