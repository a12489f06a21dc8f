package dev.nightjar.backtest.strategy;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Arrays of doubles handed back by finished work, for reuse: a sweep gives back a symbol's
 * indicator lines once its last task is done, and the next symbol computes its lines into them
 * instead of having the JVM allocate and zero a fresh multi-megabyte array for each. Holds at most
 * {@code maxBytes}; what does not fit is left to the garbage collector. Thread-safe.
 */
public final class ArrayPool {
  private final long maxBytes;
  private final Map<Integer, ArrayDeque<double[]>> free = new HashMap<>();
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
   * Keeps {@code arrays} for reuse while the pool stays within its bytes. The caller must not use
   * them afterwards, nor may anything else still read them.
   */
  public synchronized void give(Collection<double[]> arrays) {
    for (double[] a : arrays) {
      if (bytes + 8L * a.length <= maxBytes) {
        free.computeIfAbsent(a.length, n -> new ArrayDeque<>()).push(a);
        bytes += 8L * a.length;
      }
    }
  }

  /** Bytes held for reuse. */
  public synchronized long heldBytes() {
    return bytes;
  }
}
