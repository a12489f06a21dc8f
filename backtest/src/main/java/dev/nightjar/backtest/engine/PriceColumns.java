package dev.nightjar.backtest.engine;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;

/**
 * The time and price columns of one series as plain arrays, copied once so that the engine's hot
 * loops index arrays instead of calling bounds-checked accessors. A sweep makes one per series and
 * shares it, read-only, across all its runs ({@link Engine#metrics(PriceColumns, double[],
 * EngineConfig, double[])}). Immutable; the arrays never leave the engine.
 */
public final class PriceColumns {
  private final BarSeries series;
  final long[] time;
  final double[] open;
  final double[] high;
  final double[] low;
  final double[] close;

  private PriceColumns(BarSeries series) {
    this.series = series;
    this.time = series.times();
    this.open = series.opens();
    this.high = series.highs();
    this.low = series.lows();
    this.close = series.closes();
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
}
