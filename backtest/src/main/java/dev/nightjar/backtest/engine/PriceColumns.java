package dev.nightjar.backtest.engine;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;

/**
 * The time and price columns of one series as plain arrays, copied once so that the engine's hot
 * loops index arrays instead of calling bounds-checked accessors, plus the lowest low and highest
 * high of every block of {@value #BLOCK} bars, so that finding the first bar whose range leaves a
 * price band costs one test per block instead of one per bar. A sweep makes one per series and
 * shares it, read-only, across all its runs ({@link Engine#metrics(PriceColumns, double[],
 * EngineConfig, double[])}). Immutable; the arrays never leave the engine.
 */
public final class PriceColumns {
  /** Bars per block of the low/high extremes (a power of two). */
  static final int BLOCK = 64;

  private static final int SHIFT = Integer.numberOfTrailingZeros(BLOCK);

  private final BarSeries series;
  final long[] time;
  final double[] open;
  final double[] high;
  final double[] low;
  final double[] close;
  private final double[] blockLow;
  private final double[] blockHigh;

  /** The lowest low and the highest high of the whole series. */
  private final double lowest;

  private final double highest;

  private PriceColumns(BarSeries series) {
    this.series = series;
    this.time = series.times();
    this.open = series.opens();
    this.high = series.highs();
    this.low = series.lows();
    this.close = series.closes();
    int blocks = (time.length + BLOCK - 1) >> SHIFT;
    this.blockLow = new double[blocks];
    this.blockHigh = new double[blocks];
    double seriesLow = Double.POSITIVE_INFINITY;
    double seriesHigh = Double.NEGATIVE_INFINITY;
    for (int b = 0; b < blocks; b++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = b << SHIFT, end = Math.min(time.length, (b + 1) << SHIFT); i < end; i++) {
        lo = Math.min(lo, low[i]);
        hi = Math.max(hi, high[i]);
      }
      blockLow[b] = lo;
      blockHigh[b] = hi;
      seriesLow = Math.min(seriesLow, lo);
      seriesHigh = Math.max(seriesHigh, hi);
    }
    this.lowest = seriesLow;
    this.highest = seriesHigh;
  }

  /** Copies the columns of {@code series} (O(n), about 5 · 8 bytes per bar). */
  public static PriceColumns of(BarSeries series) {
    return new PriceColumns(Checks.notNull(series, "series"));
  }

  /** The series the columns were copied from. */
  public BarSeries series() {
    return series;
  }

  /** Number of bars. */
  public int size() {
    return time.length;
  }

  /**
   * The first bar j in [{@code from}, {@code to}) whose range is not strictly inside the band — not
   * ({@code floor < low[j]} and {@code high[j] < ceiling}) — or {@code to} if there is none. Whole
   * blocks strictly inside the band are passed over on their extremes (a block's lowest low above
   * the floor puts every low of the block above it); only a block that touches the band is tested
   * bar by bar. A band that holds the whole series' range (the usual case without stops: a
   * liquidation price far from the prices) costs one test.
   */
  int firstOutside(int from, int to, double floor, double ceiling) {
    if (floor < lowest && highest < ceiling) {
      return to;
    }
    int j = from;
    while (j < to) {
      int b = j >> SHIFT;
      int blockEnd = Math.min(to, (b + 1) << SHIFT);
      if (!(floor < blockLow[b] && blockHigh[b] < ceiling)) {
        for (; j < blockEnd; j++) {
          if (!(floor < low[j] && high[j] < ceiling)) {
            return j;
          }
        }
      }
      j = blockEnd;
    }
    return to;
  }
}
