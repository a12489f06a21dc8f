package dev.nightjar.live.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Timeframe;
import dev.nightjar.live.runner.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PollingFeedTest {
  private static final long T0 = 1_704_067_200_000L;
  private static final long H = Timeframe.H1.millis();

  /** Hourly candles opening at T0 + i·H for i in [from, to). */
  private static BarSeries candles(int from, int to) {
    int n = to - from;
    long[] t = new long[n];
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = T0 + (from + i) * H;
      p[i] = 100 + from + i;
    }
    return BarSeries.of(SeriesId.parse("BTCUSDT:1h"), t, p, p.clone(), p.clone(), p.clone(), p);
  }

  /** Stops the feed after the given number of sleeps. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void handsOnClosedBarsOnlyInOrderAndWaitsForTheNextClose() {
    AtomicLong now = new AtomicLong(T0 + 4 * H + H / 2); // candle 4 is still open
    List<Long> sleeps = new ArrayList<>();
    int[] polls = {0};
    PollingFeed feed =
        new PollingFeed(
            limit -> candles(0, polls[0]++ == 0 ? 5 : 6),
            Timeframe.H1,
            Long.MIN_VALUE,
            now::get,
            ms -> {
              sleeps.add(ms);
              if (sleeps.size() == 2) {
                throw new Stop();
              }
              now.addAndGet(ms); // then candle 5 is open, candle 4 closed
            });
    List<Long> got = new ArrayList<>();
    assertThrows(Stop.class, () -> feed.run(b -> got.add(b.time())));
    assertEquals(List.of(T0, T0 + H, T0 + 2 * H, T0 + 3 * H, T0 + 4 * H), got);
    // After candle 3 (open T0+3H) the next close is candle 4's, at T0+5H; plus 2 s to settle.
    assertEquals(T0 + 5 * H + PollingFeed.SETTLE_MS - (T0 + 4 * H + H / 2), sleeps.get(0));
  }

  @Test
  void startsAfterTheWarmUpAndBackFillsMissedBars() {
    List<Bar> got = new ArrayList<>();
    PollingFeed feed =
        new PollingFeed(
            limit -> candles(0, 10),
            Timeframe.H1,
            T0 + 5 * H,
            () -> T0 + 10 * H,
            ms -> {
              throw new Stop();
            });
    assertThrows(Stop.class, () -> feed.run(got::add));
    assertEquals(4, got.size(), "candles 6, 7, 8, 9");
    assertEquals(T0 + 6 * H, got.get(0).time());
    assertEquals(109, got.get(3).close());
  }

  @Test
  void aGapWiderThanTheWindowFails() {
    PollingFeed feed =
        new PollingFeed(
            limit -> candles(20, 30), Timeframe.H1, T0 + 5 * H, () -> T0 + 30 * H, ms -> {});
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> feed.run(b -> {}));
    assertTrue(e.getMessage().contains("missed bars"), e.getMessage());
  }

  @Test
  void aFailedPollIsRetriedWithBackoffBeforeTheFeedFails() {
    int[] polls = {0};
    List<Long> sleeps = new ArrayList<>();
    List<Long> got = new ArrayList<>();
    PollingFeed feed =
        new PollingFeed(
            limit -> {
              if (polls[0]++ < PollingFeed.RETRIES) {
                throw new IllegalStateException("connection reset");
              }
              return candles(0, 3);
            },
            Timeframe.H1,
            Long.MIN_VALUE,
            () -> T0 + 3 * H,
            ms -> {
              sleeps.add(ms);
              if (got.size() == 3) {
                throw new Stop();
              }
            });
    assertThrows(Stop.class, () -> feed.run(b -> got.add(b.time())));
    assertEquals(List.of(T0, T0 + H, T0 + 2 * H), got);
    // Backoff doubles from the first wait: 1 s, 2 s, 4 s for three retries.
    List<Long> backoff = new ArrayList<>();
    for (int k = 0; k < PollingFeed.RETRIES; k++) {
      backoff.add(PollingFeed.FIRST_BACKOFF_MS << k);
    }
    assertEquals(backoff, sleeps.subList(0, PollingFeed.RETRIES));
  }

  @Test
  void aPollFailingEveryAttemptFailsTheFeed() {
    int[] polls = {0};
    PollingFeed feed =
        new PollingFeed(
            limit -> {
              polls[0]++;
              throw new IllegalStateException("connection reset");
            },
            Timeframe.H1,
            Long.MIN_VALUE,
            () -> T0,
            ms -> {});
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> feed.run(b -> {}));
    assertEquals("connection reset", e.getMessage());
    assertEquals(1 + PollingFeed.RETRIES, polls[0], "the first attempt and every retry");
  }
}
