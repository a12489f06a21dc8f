package dev.nightjar.optimizer.robust;

/** The per-period Sharpe ratio {@code mean / stdev}, one definition for the whole package. */
final class SharpeRatio {
  private SharpeRatio() {}

  /**
   * {@code mean / stdev}; 0 when both are 0, signed infinity when only {@code stdev} is 0 (a
   * riskless gain ranks above every risky one).
   */
  static double of(double mean, double stdev) {
    if (stdev > 0) {
      return mean / stdev;
    }
    return mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
  }

  /**
   * Sharpe ratio of {@code count} returns given their sum and sum of squares, with the sample
   * standard deviation {@code sqrt((sumSquares - sum^2 / count) / (count - 1))} (clamped at 0
   * against rounding).
   */
  static double fromSums(double count, double sum, double sumSquares) {
    double mean = sum / count;
    double variance = Math.max(0, (sumSquares - sum * mean) / (count - 1));
    return of(mean, Math.sqrt(variance));
  }
}
