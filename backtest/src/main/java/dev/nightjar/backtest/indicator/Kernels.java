package dev.nightjar.backtest.indicator;

import java.util.Arrays;

/** Shared plumbing of the kernels: input checks, the first finite bar, the NaN warm-up prefix. */
final class Kernels {
  /** Fewest bars between two exact re-summations of a rolling sum (see {@link #resyncEvery}). */
  private static final int MIN_RESYNC = 1024;

  private Kernels() {}

  /**
   * Bars between exact re-summations of a rolling sum. Re-summing the window every {@code max(1024,
   * period)} bars bounds the drift of the add-new/subtract-old update on long series while costing
   * amortized at most one extra addition per bar.
   */
  static int resyncEvery(int period) {
    return Math.max(MIN_RESYNC, period);
  }

  /** Plain sum of {@code in[from, to)}. */
  static double sum(double[] in, int from, int to) {
    double s = 0;
    for (int j = from; j < to; j++) {
      s += in[j];
    }
    return s;
  }

  /** Throws unless {@code array} is non-null and as long as {@code reference}. */
  static void sameLength(double[] reference, double[] array, String name) {
    if (array == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (array.length != reference.length) {
      throw new IllegalArgumentException(
          name + " length must be " + reference.length + ", got " + array.length);
    }
  }

  /** Index of the first finite {@code a[i]}, or {@code a.length}. */
  static int firstFinite(double[] a) {
    return firstFinite(a, a, a, a);
  }

  /** First index where both inputs are finite, or the length. */
  static int firstFinite(double[] a, double[] b) {
    return firstFinite(a, b, b, b);
  }

  /** First index where all three inputs are finite, or the length. */
  static int firstFinite(double[] a, double[] b, double[] c) {
    return firstFinite(a, b, c, c);
  }

  /** First index where all four inputs are finite, or the length. */
  static int firstFinite(double[] a, double[] b, double[] c, double[] d) {
    int i = 0;
    while (i < a.length
        && !(Double.isFinite(a[i])
            && Double.isFinite(b[i])
            && Double.isFinite(c[i])
            && Double.isFinite(d[i]))) {
      i++;
    }
    return i;
  }

  /**
   * Fills {@code out[0, min(first, n))} with NaN and returns {@code first}, the index of the first
   * output (possibly {@code >= n}, when there is nothing to compute).
   */
  static int nanUntil(double[] out, int first) {
    Arrays.fill(out, 0, Math.min(first, out.length), Double.NaN);
    return first;
  }
}
