package dev.nightjar.live.feed;

import dev.nightjar.data.BarSeries;

/**
 * The history a live session starts from: the exchange's recent closed bars, preceded by the cached
 * bars that are older than all of them, so long look-backs are warm from the first decision. The
 * exchange's bars win where both have a bar; a gap between the two stays a gap.
 */
public final class Warmup {
  private Warmup() {}

  /**
   * @param cached the cache's series for the same symbol and timeframe, or {@code null}
   * @param exchange the exchange's recent closed bars
   * @return {@code cached} bars before {@code exchange}'s first, then {@code exchange}'s
   * @throws IllegalArgumentException when the two are of different series
   */
  public static BarSeries of(BarSeries cached, BarSeries exchange) {
    if (cached == null || cached.isEmpty()) {
      return exchange;
    }
    if (!cached.id().equals(exchange.id())) {
      throw new IllegalArgumentException(
          "cached " + cached.id() + " cannot warm up " + exchange.id());
    }
    BarSeries older =
        exchange.isEmpty() ? cached : cached.view(0, cached.lowerBound(exchange.firstTime()));
    int a = older.size();
    int n = a + exchange.size();
    long[] time = new long[n];
    double[] open = new double[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double[] volume = new double[n];
    System.arraycopy(older.times(), 0, time, 0, a);
    System.arraycopy(older.opens(), 0, open, 0, a);
    System.arraycopy(older.highs(), 0, high, 0, a);
    System.arraycopy(older.lows(), 0, low, 0, a);
    System.arraycopy(older.closes(), 0, close, 0, a);
    System.arraycopy(older.volumes(), 0, volume, 0, a);
    System.arraycopy(exchange.times(), 0, time, a, exchange.size());
    System.arraycopy(exchange.opens(), 0, open, a, exchange.size());
    System.arraycopy(exchange.highs(), 0, high, a, exchange.size());
    System.arraycopy(exchange.lows(), 0, low, a, exchange.size());
    System.arraycopy(exchange.closes(), 0, close, a, exchange.size());
    System.arraycopy(exchange.volumes(), 0, volume, a, exchange.size());
    return BarSeries.of(exchange.id(), time, open, high, low, close, volume);
  }
}
