package dev.nightjar.live.phemex;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link PhemexClient} talks to Phemex: where, how long to wait, how to retry, when to stop.
 *
 * @param baseUrl e.g. {@link #MAINNET}, {@link #TESTNET} or a loopback fake
 * @param requestTimeout per request, response fully read; the connect timeout belongs to the
 *     injected HttpClient
 * @param limits the weight budget per rate-limit group
 * @param limiterTimeout how long a call may wait for rate-limit permits before failing
 * @param maxPlaceAttempts how many times one placement may be sent (the first send included), each
 *     re-send only after a lookup by clOrdID found nothing
 */
public record ClientConfig(
    URI baseUrl,
    Duration requestTimeout,
    RetryPolicy retry,
    BreakerPolicy breaker,
    Map<RateGroup, RateLimit> limits,
    Duration limiterTimeout,
    int maxPlaceAttempts) {

  public static final URI MAINNET = URI.create("https://api.phemex.com");
  public static final URI TESTNET = URI.create("https://testnet-api.phemex.com");

  public ClientConfig {
    if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute URL, got " + baseUrl);
    }
    positive(requestTimeout, "requestTimeout");
    positive(limiterTimeout, "limiterTimeout");
    if (retry == null || breaker == null) {
      throw new IllegalArgumentException("retry and breaker must not be null");
    }
    if (limits == null || !limits.keySet().containsAll(List.of(RateGroup.values()))) {
      throw new IllegalArgumentException("limits must cover every RateGroup, got " + limits);
    }
    limits = Map.copyOf(limits);
    if (maxPlaceAttempts < 1) {
      throw new IllegalArgumentException("maxPlaceAttempts must be >= 1, got " + maxPlaceAttempts);
    }
  }

  /**
   * Production defaults: 10 s requests, the documented per-minute budgets, 4 attempts from 200 ms
   * doubling with 50 % jitter, a breaker opening at 50 % failures of the last 20 calls for 30 s.
   */
  public static ClientConfig defaults(URI baseUrl) {
    Map<RateGroup, RateLimit> limits = new EnumMap<>(RateGroup.class);
    for (RateGroup g : RateGroup.values()) {
      limits.put(g, new RateLimit(g.documentedPerMinute(), Duration.ofMinutes(1)));
    }
    return new ClientConfig(
        baseUrl,
        Duration.ofSeconds(10),
        new RetryPolicy(4, Duration.ofMillis(200), 2.0, 0.5),
        new BreakerPolicy(50f, 20, 10, Duration.ofSeconds(30), 2),
        limits,
        Duration.ofSeconds(70),
        3);
  }

  public ClientConfig withRequestTimeout(Duration timeout) {
    return new ClientConfig(
        baseUrl, timeout, retry, breaker, limits, limiterTimeout, maxPlaceAttempts);
  }

  public ClientConfig withRetry(RetryPolicy policy) {
    return new ClientConfig(
        baseUrl, requestTimeout, policy, breaker, limits, limiterTimeout, maxPlaceAttempts);
  }

  public ClientConfig withBreaker(BreakerPolicy policy) {
    return new ClientConfig(
        baseUrl, requestTimeout, retry, policy, limits, limiterTimeout, maxPlaceAttempts);
  }

  /** The same budget for every group. */
  public ClientConfig withLimits(RateLimit limit) {
    Map<RateGroup, RateLimit> all = new EnumMap<>(RateGroup.class);
    for (RateGroup g : RateGroup.values()) {
      all.put(g, limit);
    }
    return new ClientConfig(
        baseUrl, requestTimeout, retry, breaker, all, limiterTimeout, maxPlaceAttempts);
  }

  private static void positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, got " + d);
    }
  }

  /** {@code capacity} weight units per {@code period}, the exchange's fixed window. */
  public record RateLimit(int capacity, Duration period) {
    public RateLimit {
      if (capacity < Endpoint.maxWeight()) {
        throw new IllegalArgumentException(
            "capacity must be >= "
                + Endpoint.maxWeight()
                + " (the heaviest call), got "
                + capacity);
      }
      positive(period, "period");
    }
  }

  /**
   * Retry with exponential backoff and jitter: wait_n = initial * multiplier^(n-1) * (1 ± jitter).
   *
   * @param maxAttempts attempts in total, the first included (1 = no retry)
   */
  public record RetryPolicy(
      int maxAttempts, Duration initialBackoff, double multiplier, double jitter) {
    public RetryPolicy {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
      }
      positive(initialBackoff, "initialBackoff");
      if (!(multiplier >= 1.0)) {
        throw new IllegalArgumentException("multiplier must be >= 1, got " + multiplier);
      }
      if (!(jitter >= 0.0 && jitter < 1.0)) {
        throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
      }
    }
  }

  /**
   * The circuit breaker: opens when at least {@code failureRatePercent} of the last {@code window}
   * calls (once {@code minimumCalls} were seen) failed with a 5xx, a timeout, a broken connection
   * or malformed JSON; stays open for {@code openWait}; then lets {@code halfOpenCalls} trial calls
   * through and closes if they succeed.
   */
  public record BreakerPolicy(
      float failureRatePercent,
      int window,
      int minimumCalls,
      Duration openWait,
      int halfOpenCalls) {
    public BreakerPolicy {
      if (!(failureRatePercent > 0 && failureRatePercent <= 100)) {
        throw new IllegalArgumentException(
            "failureRatePercent must be in (0, 100], got " + failureRatePercent);
      }
      if (window < 1 || minimumCalls < 1 || halfOpenCalls < 1) {
        throw new IllegalArgumentException(
            "window, minimumCalls and halfOpenCalls must be >= 1, got "
                + window
                + ", "
                + minimumCalls
                + ", "
                + halfOpenCalls);
      }
      positive(openWait, "openWait");
    }
  }
}
