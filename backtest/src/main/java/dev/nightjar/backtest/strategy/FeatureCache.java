package dev.nightjar.backtest.strategy;

import dev.nightjar.data.BarSeries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

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
  private final ArrayPool pool;
  private final LinkedHashMap<String, Object> features = new LinkedHashMap<>(64, 0.75f, true);

  /** The cached arrays of {@link #line} features, which {@link #recycle} gives to the pool. */
  private final Set<double[]> recyclable = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Keys being computed, by the thread computing them. */
  private final Map<String, Computing> inFlight = new HashMap<>();

  /** The key each waiting thread waits for. */
  private final Map<Thread, String> waiting = new HashMap<>();

  private long bytes;

  /** A cache bounded by an eighth of the maximum heap. */
  public FeatureCache(BarSeries series) {
    this(series, defaultMaxBytes(), null);
  }

  /** A cache bounded by an eighth of the maximum heap whose lines take arrays from {@code pool}. */
  public FeatureCache(BarSeries series, ArrayPool pool) {
    this(series, defaultMaxBytes(), pool);
  }

  /** The default budget: an eighth of the maximum heap. */
  public static long defaultMaxBytes() {
    return Runtime.getRuntime().maxMemory() / 8;
  }

  /**
   * @param maxBytes the most the cached arrays may hold; the newest entry is kept even when it
   *     alone is larger
   */
  public FeatureCache(BarSeries series, long maxBytes) {
    this(series, maxBytes, null);
  }

  /**
   * @param maxBytes as above
   * @param pool where {@link #line} features take their arrays (null: new ones)
   */
  public FeatureCache(BarSeries series, long maxBytes, ArrayPool pool) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0, got " + maxBytes);
    }
    this.series = series;
    this.maxBytes = maxBytes;
    this.pool = pool;
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
   * compute} may itself ask for other features (MACD for its EMAs). A thread asking for a key
   * another thread is computing waits for that result instead of computing it again: a sweep's
   * threads start on the same symbol and want the same lines at once.
   */
  public double[] get(String key, Function<FeatureCache, double[]> compute) {
    return (double[])
        computeOnce(
            key,
            () -> {
              double[] computed = compute.apply(this);
              check(key, computed);
              return computed;
            },
            false);
  }

  /**
   * Like {@link #get}, for a line computed into an array of {@link #size()} values that this cache
   * takes from its pool: {@code computeInto} must write every element. {@link #recycle} gives such
   * arrays back.
   */
  public double[] line(String key, BiConsumer<FeatureCache, double[]> computeInto) {
    return (double[])
        computeOnce(
            key,
            () -> {
              double[] out = pool == null ? new double[size()] : pool.take(size());
              computeInto.accept(this, out);
              return out;
            },
            true);
  }

  /**
   * Empties the cache and gives the arrays of its {@link #line} features to the pool. Call only
   * when nothing reads them any more: a sweep does after the symbol's last task. (An array evicted
   * earlier is never given back, as a combination may still be reading it.)
   */
  public void recycle() {
    List<double[]> arrays;
    synchronized (this) {
      arrays = new ArrayList<>(recyclable);
      recyclable.clear();
      features.clear();
      bytes = 0;
    }
    if (pool != null) {
      pool.give(arrays);
    }
  }

  /**
   * The outputs of a multi-output indicator (Bollinger bands, Donchian channel, SuperTrend),
   * computed together once, like {@link #get}.
   */
  public double[][] group(String key, Function<FeatureCache, double[][]> compute) {
    return (double[][])
        computeOnce(
            key,
            () -> {
              double[][] computed = compute.apply(this);
              for (double[] column : computed) {
                check(key, column);
              }
              return computed;
            },
            false);
  }

  /**
   * The cached value of {@code key}; else the result of the thread already computing it; else
   * computes it here and keeps it. A computation that throws is not kept, and the threads waiting
   * for it get the same exception. A feature whose computation needs itself, directly or through
   * features other threads are computing, fails with an {@link IllegalStateException} instead of
   * waiting forever. (A sweep thread that waits inside its ForkJoinPool may let the pool start a
   * spare worker meanwhile.)
   */
  private Object computeOnce(String key, Supplier<Object> compute, boolean isLine) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    Object known = claim(key, mine);
    if (known instanceof CompletableFuture<?> other) {
      try {
        return awaitOther(other);
      } finally {
        stopWaiting();
      }
    }
    if (known != null) {
      return known;
    }
    try {
      Object value = compute.get();
      value = keep(key, value, isLine);
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      release(key, mine);
    }
  }

  /**
   * The cached value of {@code key}; or the future of the thread computing it, after recording that
   * this thread waits for it; or null after registering {@code mine} as that future.
   *
   * @throws IllegalStateException when the thread computing {@code key} is this one, or waits
   *     (through other threads' computations) for one this thread computes
   */
  private synchronized Object claim(String key, CompletableFuture<Object> mine) {
    Object value = features.get(key);
    if (value != null) {
      return value;
    }
    Computing computing = inFlight.get(key);
    if (computing == null) {
      inFlight.put(key, new Computing(Thread.currentThread(), mine));
      return null;
    }
    for (Computing c = computing; c != null; c = inFlight.get(waiting.get(c.owner()))) {
      if (c.owner() == Thread.currentThread()) {
        throw new IllegalStateException(
            "feature " + key + " depends on itself (a cycle among the features being computed)");
      }
      if (!waiting.containsKey(c.owner())) {
        break;
      }
    }
    waiting.put(Thread.currentThread(), key);
    return computing.result();
  }

  private synchronized void stopWaiting() {
    waiting.remove(Thread.currentThread());
  }

  private synchronized void release(String key, CompletableFuture<Object> mine) {
    Computing computing = inFlight.get(key);
    if (computing != null && computing.result() == mine) {
      inFlight.remove(key);
    }
  }

  private static Object awaitOther(CompletableFuture<?> other) {
    try {
      return other.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** A key being computed: by which thread, and the result the waiting threads get. */
  private record Computing(Thread owner, CompletableFuture<Object> result) {}

  /** How many features and groups are cached (for tests and memory reports). */
  public synchronized int cachedCount() {
    return features.size();
  }

  /** Bytes held by the cached arrays. */
  public synchronized long cachedBytes() {
    return bytes;
  }

  /**
   * Keeps {@code value} unless another thread was first; evicts the least recently used. A {@link
   * #line} is recyclable until evicted.
   */
  private synchronized Object keep(String key, Object value, boolean isLine) {
    Object existing = features.get(key);
    if (existing != null) {
      return existing;
    }
    features.put(key, value);
    if (isLine) {
      recyclable.add((double[]) value);
    }
    bytes += sizeOf(value);
    Iterator<Map.Entry<String, Object>> oldest = features.entrySet().iterator();
    while (bytes > maxBytes && features.size() > 1) {
      Map.Entry<String, Object> e = oldest.next();
      if (e.getKey().equals(key)) {
        continue;
      }
      bytes -= sizeOf(e.getValue());
      recyclable.remove(e.getValue());
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
