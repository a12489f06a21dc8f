package dev.nightjar.live.download;

import dev.nightjar.data.SeriesId;

/**
 * What to fetch: an exchange symbol's candles of {@code into}'s timeframe with open times in {@code
 * [fromMillis, toMillis)}, stored in the cache as {@code into}. Unaligned bounds are rounded inward
 * to bar starts.
 *
 * @param exchangeSymbol the exchange's name, e.g. {@code BTCUSDT}
 * @param into the cache key, usually the same symbol ({@link #of})
 * @param fromMillis first open time wanted, epoch ms
 * @param toMillis end (exclusive), epoch ms; {@link #LATEST} for up to the last closed bar
 */
public record FetchRequest(String exchangeSymbol, SeriesId into, long fromMillis, long toMillis) {
  /** {@code toMillis} meaning "up to the last closed bar". */
  public static final long LATEST = Long.MAX_VALUE;

  public FetchRequest {
    if (exchangeSymbol == null || !exchangeSymbol.matches("[A-Za-z0-9]{2,20}")) {
      throw new IllegalArgumentException(
          "exchangeSymbol must be 2-20 letters or digits, got '" + exchangeSymbol + "'");
    }
    if (into == null) {
      throw new IllegalArgumentException("into must not be null");
    }
    if (toMillis <= fromMillis) {
      throw new IllegalArgumentException(
          "toMillis must be > fromMillis, got " + toMillis + " <= " + fromMillis);
    }
  }
}
