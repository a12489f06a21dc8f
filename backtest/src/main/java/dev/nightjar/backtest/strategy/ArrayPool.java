package dev.nightjar.backtest.strategy;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arrays of doubles handed back by finished work, for reuse: a sweep gives back a symbol's
 * indicator lines once its last task is done, and the next symbol computes its lines into them
 * instead of having the JVM allocate and zero a fresh multi-megabyte array for each. Holds at most
 * {@code maxBytes}: past that it drops the arrays of the length least recently given or taken (a
 * series of another length, or an earlier walk-forward window, will not ask for them again) and
 * leaves them to the garbage collector. Thread-safe.
 */
public final class ArrayPool {
  private final long maxBytes;

  /** Arrays by length, the least recently given or taken length first. */
  private final Map<Integer, ArrayDeque<double[]>> free = new LinkedHashMap<>(4, 0.75f, true);

  private long bytes;

  /**
   * @param maxBytes the most the arrays held for reuse may take (8 bytes a value)
   */
  public ArrayPool(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** An array of {@code length} doubles: one given back (contents undefined), else a new one. */
  public double[] take(int length) {
    synchronized (this) {
      ArrayDeque<double[]> same = free.get(length);
      if (same != null && !same.isEmpty()) {
        bytes -= 8L * length;
        return same.pop();
      }
    }
    return new double[length];
  }

  /**
   * Keeps {@code arrays} for reuse, then drops arrays of the least recently used lengths while the
   * pool holds more than its bytes. The caller must not use them afterwards, nor may anything else
   * still read them.
   */
  public synchronized void give(Collection<double[]> arrays) {
    for (double[] a : arrays) {
      free.computeIfAbsent(a.length, n -> new ArrayDeque<>()).push(a);
      bytes += 8L * a.length;
    }
    Iterator<Map.Entry<Integer, ArrayDeque<double[]>>> oldest = free.entrySet().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      Map.Entry<Integer, ArrayDeque<double[]>> e = oldest.next();
      while (bytes > maxBytes && !e.getValue().isEmpty()) {
        e.getValue().pop();
        bytes -= 8L * e.getKey();
      }
      if (e.getValue().isEmpty()) {
        oldest.remove();
      }
    }
  }

  /** Bytes held for reuse. */
  public synchronized long heldBytes() {
    return bytes;
  }
}
