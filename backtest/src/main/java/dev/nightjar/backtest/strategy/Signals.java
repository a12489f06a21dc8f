package dev.nightjar.backtest.strategy;

/**
 * Turning indicator lines into targets. Crossings are strict: {@code a} crosses above {@code b} at
 * bar i when {@code a[i-1] < b[i-1]} and {@code a[i] > b[i]}; touching is not crossing. Any NaN in
 * the four values means no crossing (so warm-up bars give none).
 */
public final class Signals {
  private Signals() {}

  /**
   * Targets from one line against two others: +1 where {@code a} crosses above {@code up}, -1 where
   * it crosses below {@code down}, NaN (keep) elsewhere. A moving-average cross passes the slow
   * average as both; a band reversion passes the lower band as {@code up} and the upper band as
   * {@code down}.
   */
  public static void crossings(double[] a, double[] up, double[] down, double[] target) {
    target[0] = Double.NaN;
    for (int i = 1; i < target.length; i++) {
      double a0 = a[i - 1];
      double a1 = a[i];
      target[i] =
          a0 < up[i - 1] && a1 > up[i] ? 1 : a0 > down[i - 1] && a1 < down[i] ? -1 : Double.NaN;
    }
  }

  /** Like {@link #crossings(double[], double[], double[], double[])} against constant levels. */
  public static void crossings(double[] a, double up, double down, double[] target) {
    target[0] = Double.NaN;
    for (int i = 1; i < target.length; i++) {
      double a0 = a[i - 1];
      double a1 = a[i];
      target[i] = a0 < up && a1 > up ? 1 : a0 > down && a1 < down ? -1 : Double.NaN;
    }
  }
}
