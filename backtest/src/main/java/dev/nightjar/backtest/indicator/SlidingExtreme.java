package dev.nightjar.backtest.indicator;

import java.util.Arrays;

/**
 * Sliding-window maximum (or minimum) of an array in O(1) per bar and O(period) scratch, by the van
 * Herk / Gil-Werman block scheme: bars are cut into blocks of {@code period} from the first bar;
 * the window ending at {@code i} is a suffix of the previous block (whose suffix extremes are
 * computed once, when the current block starts) plus the prefix of the current block (a running
 * extreme). About three branch-free comparisons per bar whatever the data, where a monotonic deque
 * pays a mispredicted pop loop. With index tracking ({@link #argMax}, {@link #argMin}), ties go to
 * the latest bar (TA-Lib's AROON convention). Bars are visited in order from {@code start}; windows
 * before {@code start + period - 1} are partial. A NaN input makes exactly the windows containing
 * it NaN (the tracked index then is unspecified).
 */
final class SlidingExtreme {
  private final double[] in;
  private final int period;
  private final double sign;
  private final double[] suffixValue;
  private final int[] suffixIndex;
  private int blockStart;
  private int offset;
  private double prefixValue;
  private int prefixIndex;

  private SlidingExtreme(double[] in, int period, int start, double sign, boolean trackIndex) {
    this.in = in;
    this.period = period;
    this.sign = sign;
    this.suffixValue = new double[period + 1];
    this.suffixIndex = trackIndex ? new int[period + 1] : null;
    Arrays.fill(suffixValue, Double.NEGATIVE_INFINITY);
    this.blockStart = start;
    this.prefixValue = Double.NEGATIVE_INFINITY;
  }

  /** Maximum over the last {@code period} bars of {@code in}, visiting bars from {@code start}. */
  static SlidingExtreme max(double[] in, int period, int start) {
    return new SlidingExtreme(in, period, start, 1, false);
  }

  /** Minimum over the last {@code period} bars of {@code in}, visiting bars from {@code start}. */
  static SlidingExtreme min(double[] in, int period, int start) {
    return new SlidingExtreme(in, period, start, -1, false);
  }

  /** As {@link #max}, also tracking the {@link #index()} of the maximum. */
  static SlidingExtreme argMax(double[] in, int period, int start) {
    return new SlidingExtreme(in, period, start, 1, true);
  }

  /** As {@link #min}, also tracking the {@link #index()} of the minimum. */
  static SlidingExtreme argMin(double[] in, int period, int start) {
    return new SlidingExtreme(in, period, start, -1, true);
  }

  /** Moves the window to end at bar {@code i} (consecutive calls) and returns its extreme. */
  double moveTo(int i) {
    if (i - blockStart == period) {
      startBlock(i);
    }
    offset = i - blockStart;
    double v = sign * in[i];
    prefixIndex = v >= prefixValue ? i : prefixIndex;
    prefixValue = Math.max(prefixValue, v);
    return sign * Math.max(prefixValue, suffixValue[offset + 1]);
  }

  /** Bar of the current window's extreme, the latest among equals; only for argMax/argMin. */
  int index() {
    return prefixValue >= suffixValue[offset + 1] ? prefixIndex : suffixIndex[offset + 1];
  }

  /** Starts a block at bar {@code i}: suffix extremes of the block that just ended. */
  private void startBlock(int i) {
    blockStart = i;
    prefixValue = Double.NEGATIVE_INFINITY;
    int from = i - period;
    double best = Double.NEGATIVE_INFINITY;
    for (int j = period - 1; j >= 0; j--) {
      best = Math.max(best, sign * in[from + j]);
      suffixValue[j] = best;
    }
    if (suffixIndex != null) {
      suffixIndex[period - 1] = from + period - 1;
      for (int j = period - 2; j >= 0; j--) {
        suffixIndex[j] = suffixValue[j + 1] == suffixValue[j] ? suffixIndex[j + 1] : from + j;
      }
    }
  }
}
