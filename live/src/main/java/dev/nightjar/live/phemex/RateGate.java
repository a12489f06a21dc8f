package dev.nightjar.live.phemex;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The budget of one rate-limit group: a Resilience4j limiter spending each call's weight out of
 * {@code capacity} per {@code period}, plus a gate driven by the exchange's headers, which are the
 * ground truth. When {@code x-ratelimit-remaining-*} says the next call's weight no longer fits, or
 * a 429 arrives, the group blocks for the retry-after (or, without one, a whole period: the
 * exchange's window has certainly rolled over by then). Thread-safe.
 */
final class RateGate {
  private static final long UNKNOWN = -1;

  private final RateGroup group;
  private final RateLimiter limiter;
  private final long periodMillis;
  private final LongSupplier clockMillis;
  private final Sleeper sleeper;

  private long blockedUntil;
  private long remaining = UNKNOWN;
  private long remainingSeenAt;

  RateGate(
      RateGroup group,
      ClientConfig.RateLimit limit,
      Duration limiterTimeout,
      LongSupplier clockMillis,
      Sleeper sleeper) {
    this.group = group;
    this.periodMillis = limit.period().toMillis();
    this.clockMillis = clockMillis;
    this.sleeper = sleeper;
    this.limiter =
        RateLimiter.of(
            "phemex-" + group.name().toLowerCase(Locale.ROOT),
            RateLimiterConfig.custom()
                .limitForPeriod(limit.capacity())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(limiterTimeout)
                .build());
  }

  /**
   * Waits until {@code weight} units may be spent, then spends them.
   *
   * @throws PhemexException RATE_LIMITED if the limiter's timeout passes first
   * @throws InterruptedException if interrupted while blocked by the header gate
   */
  void acquire(int weight) throws InterruptedException {
    long wait;
    synchronized (this) {
      long until = blockedUntil;
      if (remaining != UNKNOWN && weight > remaining) {
        until = Math.max(until, remainingSeenAt + periodMillis);
      }
      wait = until - clockMillis.getAsLong();
      if (wait > 0 || remaining != UNKNOWN && weight > remaining) {
        remaining = UNKNOWN;
      }
    }
    if (wait > 0) {
      sleeper.sleep(wait);
    }
    if (!limiter.acquirePermission(weight)) {
      throw new PhemexException(
          ErrorKind.RATE_LIMITED, 0, 0, group + " rate-limit permits not granted in time");
    }
  }

  /** Reads the group's headers from a response with status {@code status}. */
  synchronized void observe(HttpHeaders headers, int status) {
    long now = clockMillis.getAsLong();
    OptionalLong left = number(headers, group.header("remaining"));
    if (left.isPresent()) {
      remaining = left.getAsLong();
      remainingSeenAt = now;
    }
    long retryAfter = retryAfterMillis(headers);
    if (status == 429) {
      blockedUntil = Math.max(blockedUntil, now + (retryAfter > 0 ? retryAfter : periodMillis));
      remaining = UNKNOWN;
    } else if (retryAfter > 0) {
      blockedUntil = Math.max(blockedUntil, now + retryAfter);
    }
  }

  /** The {@code x-ratelimit-retry-after-*} header in milliseconds (it is sent in seconds), or 0. */
  long retryAfterMillis(HttpHeaders headers) {
    OptionalLong seconds = number(headers, group.header("retry-after"));
    if (seconds.isEmpty()) {
      seconds = number(headers, "retry-after");
    }
    return seconds.isPresent() ? Math.max(0, seconds.getAsLong()) * 1000L : 0;
  }

  private static OptionalLong number(HttpHeaders headers, String name) {
    return headers
        .firstValue(name)
        .map(String::strip)
        .filter(v -> v.matches("-?\\d{1,18}"))
        .map(v -> OptionalLong.of(Long.parseLong(v)))
        .orElse(OptionalLong.empty());
  }
}
