package dev.nightjar.optimizer.report;

/**
 * How long a sweep took: the only non-deterministic input of the reports, printed on one marked
 * line of {@code summary.txt}.
 *
 * @param wallMillis wall-clock time of the evaluations, ms
 * @param evaluations (symbol, combination) pairs evaluated in that time
 * @param barCombinations Σ bars over those evaluations
 */
public record RunStats(long wallMillis, long evaluations, long barCombinations) {
  public RunStats {
    if (wallMillis < 0 || evaluations < 0 || barCombinations < 0) {
      throw new IllegalArgumentException(
          "run stats must be >= 0, got "
              + wallMillis
              + " ms, "
              + evaluations
              + " evaluations, "
              + barCombinations
              + " bar-combinations");
    }
  }

  /** evaluations / seconds; NaN for a zero wall time. */
  public double combinationsPerSecond() {
    return wallMillis == 0 ? Double.NaN : evaluations * 1000.0 / wallMillis;
  }

  /** barCombinations / seconds; NaN for a zero wall time. */
  public double barCombinationsPerSecond() {
    return wallMillis == 0 ? Double.NaN : barCombinations * 1000.0 / wallMillis;
  }
}
