package dev.nightjar.optimizer.select;

import dev.nightjar.data.Checks;

/**
 * Diversified selection: walk the candidates best first and keep one when its correlation with
 * every candidate kept so far is {@code <= maxCorrelation}; otherwise record the kept candidate it
 * correlates with most. The first candidate is always kept. A NaN correlation (a constant return
 * series) never excludes. Cost {@code O(N·K)} for K kept, after the correlation matrix.
 */
public final class GreedySelection {
  /** The default threshold, 0.7. */
  public static final double DEFAULT_MAX_CORRELATION = 0.7;

  private GreedySelection() {}

  /**
   * @param correlation N×N correlation matrix of the candidates in objective order (best first)
   * @param maxCorrelation the largest pairwise correlation allowed among kept candidates, in [−1,
   *     1]
   */
  public static Selection select(double[][] correlation, double maxCorrelation) {
    Checks.notNull(correlation, "correlation");
    if (!(maxCorrelation >= -1 && maxCorrelation <= 1)) {
      throw new IllegalArgumentException(
          "maxCorrelation must be in [-1, 1], got " + maxCorrelation);
    }
    int n = correlation.length;
    boolean[] chosen = new boolean[n];
    int[] excludedBy = new int[n];
    double[] worst = new double[n];
    int[] kept = new int[n];
    int keptCount = 0;
    for (int i = 0; i < n; i++) {
      if (correlation[i].length != n) {
        throw new IllegalArgumentException(
            "correlation must be square: row " + i + " has " + correlation[i].length + " entries");
      }
      int by = -1;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < keptCount; k++) {
        double r = correlation[i][kept[k]];
        if (r > max) {
          max = r;
          by = kept[k];
        }
      }
      if (by >= 0 && max > maxCorrelation) {
        excludedBy[i] = by;
        worst[i] = max;
      } else {
        chosen[i] = true;
        excludedBy[i] = -1;
        worst[i] = Double.NaN;
        kept[keptCount++] = i;
      }
    }
    return new Selection(chosen, excludedBy, worst);
  }
}
