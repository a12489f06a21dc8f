package dev.nightjar.backtest.strategy;

import dev.nightjar.data.BarSeries;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Indicator arrays of one series, computed once and shared by every parameter combination that asks
 * for them: a sweep over 400 SMA(fast) × SMA(slow) pairs computes each SMA once. Keys name the
 * indicator and its parameters, e.g. {@code sma:20} or {@code close}. Thread-safe; arrays handed
 * out are shared and must not be modified.
 *
 * <p>Memory is bounded: when the arrays held exceed {@link #maxBytes()} (8 bytes a value), the
 * least recently used ones are dropped and recomputed if asked for again. The default budget is an
 * eighth of the maximum heap, so a sweep over thousands of distinct periods on a year of 1m bars
 * recomputes rather than runs out of memory.
 */
public final class FeatureCache {
  private final BarSeries series;
  private final long maxBytes;
  private final LinkedHashMap<String, Object> features = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  /** A cache bounded by an eighth of the maximum heap. */
  public FeatureCache(BarSeries series) {
    this(series, Runtime.getRuntime().maxMemory() / 8);
  }

  /**
   * @param maxBytes the most the cached arrays may hold; the newest entry is kept even when it
   *     alone is larger
   */
  public FeatureCache(BarSeries series, long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0, got " + maxBytes);
    }
    this.series = series;
    this.maxBytes = maxBytes;
  }

  public BarSeries series() {
    return series;
  }

  /** Number of bars. */
  public int size() {
    return series.size();
  }

  public long maxBytes() {
    return maxBytes;
  }

  public double[] open() {
    return get("open", f -> series.opens());
  }

  public double[] high() {
    return get("high", f -> series.highs());
  }

  public double[] low() {
    return get("low", f -> series.lows());
  }

  public double[] close() {
    return get("close", f -> series.closes());
  }

  public double[] volume() {
    return get("volume", f -> series.volumes());
  }

  /**
   * The feature {@code key}, computed by {@code compute} on first use (or after eviction). {@code
   * compute} may itself ask for other features (MACD for its EMAs). Two threads racing on a new key
   * may both compute it; both results are equal, and one is kept.
   */
  public double[] get(String key, Function<FeatureCache, double[]> compute) {
    double[] value = (double[]) lookup(key);
    if (value == null) {
      double[] computed = compute.apply(this);
      check(key, computed);
      value = (double[]) keep(key, computed, 8L * computed.length);
    }
    return value;
  }

  /**
   * The outputs of a multi-output indicator (Bollinger bands, Donchian channel, SuperTrend),
   * computed together once, like {@link #get}.
   */
  public double[][] group(String key, Function<FeatureCache, double[][]> compute) {
    double[][] value = (double[][]) lookup(key);
    if (value == null) {
      double[][] computed = compute.apply(this);
      long size = 0;
      for (double[] column : computed) {
        check(key, column);
        size += 8L * column.length;
      }
      value = (double[][]) keep(key, computed, size);
    }
    return value;
  }

  /** How many features and groups are cached (for tests and memory reports). */
  public synchronized int cachedCount() {
    return features.size();
  }

  /** Bytes held by the cached arrays. */
  public synchronized long cachedBytes() {
    return bytes;
  }

  private synchronized Object lookup(String key) {
    return features.get(key);
  }

  /** Keeps {@code value} unless another thread was first; evicts the least recently used. */
  private synchronized Object keep(String key, Object value, long size) {
    Object existing = features.get(key);
    if (existing != null) {
      return existing;
    }
    features.put(key, value);
    bytes += size;
    Iterator<Map.Entry<String, Object>> oldest = features.entrySet().iterator();
    while (bytes > maxBytes && features.size() > 1) {
      Map.Entry<String, Object> e = oldest.next();
      if (e.getKey().equals(key)) {
        continue;
      }
      bytes -= sizeOf(e.getValue());
      oldest.remove();
    }
    return value;
  }

  private static long sizeOf(Object value) {
    if (value instanceof double[] a) {
      return 8L * a.length;
    }
    long size = 0;
    for (double[] column : (double[][]) value) {
      size += 8L * column.length;
    }
    return size;
  }

  private void check(String key, double[] column) {
    if (column.length != series.size()) {
      throw new IllegalStateException(
          "feature " + key + " has " + column.length + " values for " + series.size() + " bars");
    }
  }
}
