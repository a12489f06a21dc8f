package dev.nightjar.backtest.strategy;

import dev.nightjar.data.BarSeries;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Indicator arrays of one series, computed once and shared by every parameter combination that asks
 * for them: a sweep over 400 SMA(fast) × SMA(slow) pairs computes each SMA once. Keys name the
 * indicator and its parameters, e.g. {@code sma:20} or {@code close}. Thread-safe; arrays handed
 * out are shared and must not be modified.
 */
public final class FeatureCache {
  private final BarSeries series;
  private final ConcurrentHashMap<String, double[]> features = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, double[][]> groups = new ConcurrentHashMap<>();

  public FeatureCache(BarSeries series) {
    this.series = series;
  }

  public BarSeries series() {
    return series;
  }

  /** Number of bars. */
  public int size() {
    return series.size();
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
   * The feature {@code key}, computed by {@code compute} on first use. {@code compute} may itself
   * ask for other features (MACD for its EMAs). Two threads racing on a new key may both compute
   * it; both results are equal, and one is kept.
   */
  public double[] get(String key, Function<FeatureCache, double[]> compute) {
    double[] value = features.get(key);
    if (value == null) {
      double[] computed = compute.apply(this);
      if (computed.length != series.size()) {
        throw new IllegalStateException(
            "feature "
                + key
                + " has "
                + computed.length
                + " values for "
                + series.size()
                + " bars");
      }
      value = features.putIfAbsent(key, computed);
      if (value == null) {
        value = computed;
      }
    }
    return value;
  }

  /**
   * The outputs of a multi-output indicator (Bollinger bands, Donchian channel, SuperTrend),
   * computed together once, like {@link #get}.
   */
  public double[][] group(String key, Function<FeatureCache, double[][]> compute) {
    double[][] value = groups.get(key);
    if (value == null) {
      double[][] computed = compute.apply(this);
      for (double[] column : computed) {
        if (column.length != series.size()) {
          throw new IllegalStateException(
              "feature "
                  + key
                  + " has "
                  + column.length
                  + " values for "
                  + series.size()
                  + " bars");
        }
      }
      value = groups.putIfAbsent(key, computed);
      if (value == null) {
        value = computed;
      }
    }
    return value;
  }

  /** How many features and groups are cached (for tests and memory reports). */
  public int cachedCount() {
    return features.size() + groups.size();
  }
}
