package dev.nightjar.backtest.strategy;

/**
 * Turning indicator lines into targets. Crossings are strict: {@code a} crosses above {@code b} at
 * bar i when {@code a[i-1] < b[i-1]} and {@code a[i] > b[i]}; touching is not crossing. Any NaN in
 * the four values means no crossing (so warm-up bars give none).
 */
public final class Signals {
  private Signals() {}

  /** Whether {@code a} crosses above {@code b} at bar {@code i >= 1}. */
  public static boolean crossesAbove(double[] a, double[] b, int i) {
    return a[i - 1] < b[i - 1] && a[i] > b[i];
  }

  /** Whether {@code a} crosses above the constant {@code level} at bar {@code i >= 1}. */
  public static boolean crossesAbove(double[] a, double level, int i) {
    return a[i - 1] < level && a[i] > level;
  }

  /** Whether {@code a} crosses below {@code b} at bar {@code i >= 1}. */
  public static boolean crossesBelow(double[] a, double[] b, int i) {
    return a[i - 1] > b[i - 1] && a[i] < b[i];
  }

  /** Whether {@code a} crosses below the constant {@code level} at bar {@code i >= 1}. */
  public static boolean crossesBelow(double[] a, double level, int i) {
    return a[i - 1] > level && a[i] < level;
  }

  /**
   * Targets from two lines: +1 where {@code fast} crosses above {@code slow}, -1 where it crosses
   * below, NaN (keep) elsewhere.
   */
  public static void crossings(double[] fast, double[] slow, double[] target) {
    target[0] = Double.NaN;
    for (int i = 1; i < target.length; i++) {
      double a0 = fast[i - 1];
      double b0 = slow[i - 1];
      double a1 = fast[i];
      double b1 = slow[i];
      target[i] = a0 < b0 && a1 > b1 ? 1 : (a0 > b0 && a1 < b1 ? -1 : Double.NaN);
    }
  }
}
