package dev.nightjar.live.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.live.phemex.ClientConfig;
import dev.nightjar.live.phemex.RateGroup;
import dev.nightjar.live.phemex.fake.FakePhemex;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long fetch against the documented Others budget (100 weight units per window, a kline page
 * costing 10), with the minute scaled down to 300 ms so the test takes seconds. The fake refuses
 * (429) any request that would exceed its budget in a window and counts those refusals.
 */
class KlineRateLimitTest {
  /** The documented Others budget per minute (PHEMEX.md §1.8); checked against RateGroup below. */
  private static final int CAPACITY = 100;

  private static final Duration WINDOW = Duration.ofMillis(300);
  private static final long H = 3_600_000L;

  @TempDir Path home;

  /**
   * 40,000 bars = 41 pages = 410 weight units, over four windows' budget, so the fetch must be
   * paced. Client budget = the documented one; or 10,000, where only obeying the exchange's
   * x-ratelimit-remaining header keeps the fetch inside the budget.
   */
  @ParameterizedTest
  @ValueSource(ints = {CAPACITY, 10_000})
  void aLongFetchNeverCausesA429(int clientCapacity) throws Exception {
    assertEquals(RateGroup.OTHERS.documentedPerMinute(), CAPACITY);
    try (FakePhemex fake = new FakePhemex("key", "secret", CAPACITY, WINDOW.toMillis())) {
      BarSeries served = Served.bars(Served.BTC_1H, 1_500_000_000_000L / H * H, 40_000);
      fake.klineHistory(served);
      ClientConfig config =
          Served.config(fake, new ClientConfig.RateLimit(clientCapacity, WINDOW))
              .withRequestTimeout(Duration.ofSeconds(5));
      Cache cache = new Cache(home);
      FetchResult r =
          new KlineDownload(Served.client(config), cache)
              .fetch(
                  new FetchRequest(
                      "BTCUSDT", Served.BTC_1H, served.firstTime(), served.lastTime() + H),
                  ProgressListener.NONE,
                  () -> false);
      assertEquals(41, r.pagesRequested());
      assertEquals(0, fake.overLimit(), "requests refused for exceeding the budget");
      assertEquals(41, fake.calls(FakePhemex.KLINE_LIST), "every page sent exactly once");
      Served.assertSameBars(served, cache.load(Served.BTC_1H));
    }
  }
}
