package dev.nightjar.optimizer.robust;

/**
 * A performance statistic of a set of per-period returns that depends on them only through their
 * count, sum and sum of squares. This is what lets {@link Cscv} score every half/half split in
 * {@code O(S)} per combination from per-block sums instead of {@code O(T)} from the returns. Higher
 * is better. A NaN result ranks below every number.
 */
@FunctionalInterface
public interface PerformanceFunction {
  /** Per-period Sharpe ratio {@code mean / stdev} (sample stdev, divisor {@code count − 1}). */
  PerformanceFunction SHARPE = SharpeRatio::fromSums;

  /** Mean per-period return {@code sum / count}. */
  PerformanceFunction MEAN = (count, sum, sumSquares) -> sum / count;

  /**
   * @param count number of returns (at least 2)
   * @param sum sum of the returns
   * @param sumSquares sum of the squared returns
   */
  double evaluate(double count, double sum, double sumSquares);
}
