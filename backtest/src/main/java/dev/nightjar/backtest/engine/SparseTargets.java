package dev.nightjar.backtest.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * Target positions as the list of bars whose target is not NaN, in increasing bar order: the same
 * information as a per-bar target array (see {@link Engine}) in which every other bar is NaN (keep
 * the position). A crossing strategy signals on a few bars in a hundred, so a sweep hands the
 * engine this list instead of a dense array it would have to write and then scan bar by bar.
 * Reusable: {@link #clear()} and fill again; not thread-safe.
 */
public final class SparseTargets {
  private int[] bars = new int[16];
  private double[] values = new double[16];
  private int size;
  private double[] scratch;

  /** The non-NaN entries of {@code target}. */
  public static SparseTargets of(double[] target) {
    SparseTargets s = new SparseTargets();
    s.collect(target);
    return s;
  }

  /** Removes every entry. */
  public void clear() {
    size = 0;
  }

  /**
   * Appends the target of {@code bar}.
   *
   * @throws IllegalArgumentException when {@code value} is NaN or {@code bar} is negative or not
   *     after the previous entry's bar
   */
  public void add(int bar, double value) {
    if (bar < 0 || (size > 0 && bar <= bars[size - 1]) || Double.isNaN(value)) {
      throw new IllegalArgumentException(
          "entries need increasing bars >= 0 and non-NaN values, got bar "
              + bar
              + " = "
              + value
              + (size > 0 ? " after bar " + bars[size - 1] : ""));
    }
    if (size == bars.length) {
      bars = Arrays.copyOf(bars, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
    }
    bars[size] = bar;
    values[size] = value;
    size++;
  }

  /** Removes the first {@code count} entries (the later ones move to the front). */
  public void removeFirst(int count) {
    Objects.checkFromIndexSize(0, count, size);
    System.arraycopy(bars, count, bars, 0, size - count);
    System.arraycopy(values, count, values, 0, size - count);
    size -= count;
  }

  /** Replaces the entries by the non-NaN entries of {@code target}. */
  public void collect(double[] target) {
    clear();
    for (int i = 0; i < target.length; i++) {
      if (!Double.isNaN(target[i])) {
        add(i, target[i]);
      }
    }
  }

  /** Writes the dense form into {@code target}: the entries' values, NaN elsewhere. */
  public void writeTo(double[] target) {
    Arrays.fill(target, Double.NaN);
    for (int k = 0; k < size; k++) {
      target[bars[k]] = values[k];
    }
  }

  /**
   * A reusable array of {@code n} doubles (contents undefined) for producers that compute a dense
   * target array before {@link #collect}ing it, so that a sweep allocates it once per thread.
   */
  public double[] scratch(int n) {
    if (scratch == null || scratch.length != n) {
      scratch = new double[n];
    }
    return scratch;
  }

  /** Number of entries. */
  public int size() {
    return size;
  }

  /** The bar of entry {@code k}. */
  public int bar(int k) {
    return bars[Objects.checkIndex(k, size)];
  }

  /** The target of entry {@code k}. */
  public double value(int k) {
    return values[Objects.checkIndex(k, size)];
  }

  /** Replaces the target of entry {@code k} (e.g. shorts made flat for long-only runs). */
  public void set(int k, double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("value must not be NaN, got NaN at entry " + k);
    }
    values[Objects.checkIndex(k, size)] = value;
  }
}
