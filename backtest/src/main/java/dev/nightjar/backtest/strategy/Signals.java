package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;

/**
 * Turning indicator lines into targets. Crossings are strict: {@code a} crosses above {@code b} at
 * bar i when {@code a[i-1] < b[i-1]} and {@code a[i] > b[i]}; touching is not crossing. Any NaN in
 * the four values means no crossing (so warm-up bars give none). The rules write {@link
 * SparseTargets} (a crossing is a bar in a hundred).
 */
public final class Signals {
  private Signals() {}

  /**
   * Targets from one line against two others, replacing the entries of {@code out}: +1 where {@code
   * a} crosses above {@code up}, -1 where it crosses below {@code down} (+1 if both), none (keep)
   * elsewhere. A moving-average cross passes the slow average as both; a band reversion passes the
   * lower band as {@code up} and the upper band as {@code down}. The branches are predictable (the
   * side a line is on persists between crossings); measured here, this form scans faster than
   * branch-free ones.
   */
  public static void crossings(double[] a, double[] up, double[] down, SparseTargets out) {
    out.clear();
    for (int i = 1; i < a.length; i++) {
      double a0 = a[i - 1];
      double a1 = a[i];
      if (a0 < up[i - 1] && a1 > up[i]) {
        out.add(i, 1);
      } else if (a0 > down[i - 1] && a1 < down[i]) {
        out.add(i, -1);
      }
    }
  }

  /**
   * Like {@link #crossings(double[], double[], double[], SparseTargets)} against constant levels.
   */
  public static void crossings(double[] a, double up, double down, SparseTargets out) {
    out.clear();
    for (int i = 1; i < a.length; i++) {
      double a0 = a[i - 1];
      double a1 = a[i];
      if (a0 < up && a1 > up) {
        out.add(i, 1);
      } else if (a0 > down && a1 < down) {
        out.add(i, -1);
      }
    }
  }
}
