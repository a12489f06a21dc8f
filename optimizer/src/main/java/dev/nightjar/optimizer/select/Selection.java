package dev.nightjar.optimizer.select;

/**
 * Outcome of {@link GreedySelection} for candidates {@code 0..N−1} in objective order (best first).
 *
 * @param chosen whether candidate i was selected
 * @param excludedBy for an excluded candidate, the index of the chosen candidate it correlates with
 *     most; −1 for chosen ones
 * @param correlation for an excluded candidate, its correlation with {@code excludedBy}; NaN for
 *     chosen ones
 */
public record Selection(boolean[] chosen, int[] excludedBy, double[] correlation) {
  public Selection {
    if (chosen.length != excludedBy.length || chosen.length != correlation.length) {
      throw new IllegalArgumentException(
          "chosen, excludedBy and correlation must have one entry per candidate");
    }
  }

  /** Number of candidates. */
  public int size() {
    return chosen.length;
  }

  /** Number of chosen candidates. */
  public int chosenCount() {
    int n = 0;
    for (boolean c : chosen) {
      n += c ? 1 : 0;
    }
    return n;
  }
}
