package dev.nightjar.live.download;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.live.phemex.ClientConfig;
import dev.nightjar.live.phemex.PhemexClient;
import dev.nightjar.live.phemex.Sleeper;
import dev.nightjar.live.phemex.fake.FakePhemex;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Deterministic served candles and a public client for the fake exchange (also used by cli tests).
 */
public final class Served {
  static final HttpClient HTTP = PhemexClient.newHttpClient(Duration.ofSeconds(2));
  public static final SeriesId BTC_1H = new SeriesId(Symbol.of("BTCUSDT"), Timeframe.H1);

  private Served() {}

  /**
   * {@code n} bars from {@code start}: close_i = 100 + 10 sin(i / 7) + 0.01 i, open = the previous
   * close (100 for the first), high/low = max/min(open, close) ± 0.5, volume 1 + (i mod 13).
   */
  public static BarSeries bars(SeriesId id, long start, int n) {
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = start + i * id.timeframe().millis();
      c[i] = 100 + 10 * Math.sin(i / 7.0) + 0.01 * i;
      o[i] = i == 0 ? 100 : c[i - 1];
      h[i] = Math.max(o[i], c[i]) + 0.5;
      l[i] = Math.min(o[i], c[i]) - 0.5;
      v[i] = 1 + i % 13;
    }
    return BarSeries.of(id, t, o, h, l, c, v);
  }

  /** A fake with a budget large enough to stay out of the way. */
  static FakePhemex fake() throws java.io.IOException {
    return new FakePhemex("key", "secret", 100_000, 1000);
  }

  /** 2 s requests, 3 attempts from 1 ms backoff, the given budget per group. */
  static ClientConfig config(FakePhemex fake, ClientConfig.RateLimit limit) {
    return ClientConfig.defaults(fake.baseUrl())
        .withRequestTimeout(Duration.ofSeconds(2))
        .withRetry(new ClientConfig.RetryPolicy(3, Duration.ofMillis(1), 2.0, 0.5))
        .withLimits(limit);
  }

  static PhemexClient client(FakePhemex fake) {
    return client(config(fake, new ClientConfig.RateLimit(100_000, Duration.ofSeconds(1))));
  }

  static PhemexClient client(ClientConfig config) {
    return new PhemexClient(HTTP, config, null, System::currentTimeMillis, Sleeper.system());
  }

  /** Asserts two series hold the same id and bars, bit for bit. */
  public static void assertSameBars(BarSeries expected, BarSeries actual) {
    org.junit.jupiter.api.Assertions.assertEquals(expected.id(), actual.id());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.times(), actual.times());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.opens(), actual.opens());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.highs(), actual.highs());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.lows(), actual.lows());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.closes(), actual.closes());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.volumes(), actual.volumes());
  }
}
