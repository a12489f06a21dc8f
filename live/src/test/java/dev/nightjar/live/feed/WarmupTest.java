package dev.nightjar.live.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import org.junit.jupiter.api.Test;

class WarmupTest {
  private static final long H = 3_600_000L;

  /** Bars at the given hours, each bar's prices all equal to {@code price + hour}. */
  private static BarSeries bars(String id, double price, long... hours) {
    int n = hours.length;
    long[] t = new long[n];
    double[] p = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = hours[i] * H;
      p[i] = price + hours[i];
      v[i] = 1;
    }
    return BarSeries.of(SeriesId.parse(id), t, p.clone(), p.clone(), p.clone(), p.clone(), v);
  }

  @Test
  void olderCachedBarsPrecedeTheExchangesAndTheExchangeWinsWhereBothHaveOne() {
    BarSeries cached = bars("BTCUSDT:1h", 100, 1, 2, 3, 4, 5);
    BarSeries exchange = bars("BTCUSDT:1h", 200, 4, 5, 6);
    BarSeries w = Warmup.of(cached, exchange);
    // Hours 1..3 from the cache (100 + h), 4..6 from the exchange (200 + h).
    assertArrayEquals(new long[] {H, 2 * H, 3 * H, 4 * H, 5 * H, 6 * H}, w.times());
    assertArrayEquals(new double[] {101, 102, 103, 204, 205, 206}, w.closes());
  }

  @Test
  void aGapBetweenCacheAndExchangeStaysAGap() {
    BarSeries w = Warmup.of(bars("BTCUSDT:1h", 100, 1, 2), bars("BTCUSDT:1h", 200, 7, 8));
    assertArrayEquals(new long[] {H, 2 * H, 7 * H, 8 * H}, w.times());
  }

  @Test
  void withoutACacheTheExchangesBarsAreTheWarmupAndOtherSeriesAreRefused() {
    BarSeries exchange = bars("BTCUSDT:1h", 200, 4, 5);
    assertSame(exchange, Warmup.of(null, exchange));
    assertThrows(
        IllegalArgumentException.class, () -> Warmup.of(bars("ETHUSDT:1h", 1, 1), exchange));
  }
}
