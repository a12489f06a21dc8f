package dev.nightjar.backtest.indicator;

/**
 * Sliding-window maximum (or minimum) in amortized O(1) per bar: a deque of indices whose values
 * decrease from front to back, so the front is the window's extreme. Ties keep the latest index
 * (TA-Lib's AROON convention). Scratch: two arrays of the window size rounded up to a power of two.
 */
final class MonotonicDeque {
  private final int window;
  private final double sign;
  private final int mask;
  private final int[] index;
  private final double[] value;
  private int head;
  private int tail;

  private MonotonicDeque(int window, double sign) {
    this.window = window;
    this.sign = sign;
    int capacity = Integer.highestOneBit(Math.max(1, window) * 2 - 1);
    this.mask = capacity - 1;
    this.index = new int[capacity];
    this.value = new double[capacity];
  }

  /** Maximum over the last {@code window} pushed bars. */
  static MonotonicDeque max(int window) {
    return new MonotonicDeque(window, 1);
  }

  /** Minimum over the last {@code window} pushed bars. */
  static MonotonicDeque min(int window) {
    return new MonotonicDeque(window, -1);
  }

  /** Adds bar {@code i} (consecutive calls take consecutive indices) and drops bars before it. */
  void push(int i, double x) {
    double v = sign * x;
    while (head != tail && index[head & mask] <= i - window) {
      head++;
    }
    while (head != tail && value[(tail - 1) & mask] <= v) {
      tail--;
    }
    index[tail & mask] = i;
    value[tail & mask] = v;
    tail++;
  }

  /** Index of the extreme of the current window (the latest one among equals). */
  int index() {
    return index[head & mask];
  }

  /** The extreme of the current window. */
  double value() {
    return sign * value[head & mask];
  }
}
