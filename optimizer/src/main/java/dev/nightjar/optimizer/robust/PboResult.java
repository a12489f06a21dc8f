package dev.nightjar.optimizer.robust;

/**
 * Outcome of a {@link Cscv} run. Arrays have one entry per half/half split, in the order the splits
 * were enumerated, and belong to this result (not copied; do not modify).
 *
 * @param pbo probability of backtest overfitting: share of splits with logit {@code λ <= 0}
 * @param logits {@code λ_c = ln(ω_c / (1 − ω_c))} of the in-sample best's out-of-sample rank
 * @param inSample in-sample performance of the combination selected in each split
 * @param outOfSample out-of-sample performance of that same combination
 * @param degradationSlope OLS slope of {@code outOfSample} on {@code inSample} (negative or near
 *     zero: in-sample excellence does not carry over)
 * @param degradationIntercept OLS intercept of that regression
 * @param probabilityOfLoss share of splits whose selected combination has out-of-sample performance
 *     {@code < 0}
 * @param combinations number of combinations N that were ranked
 * @param blocks number of blocks S the periods were split into
 */
public record PboResult(
    double pbo,
    double[] logits,
    double[] inSample,
    double[] outOfSample,
    double degradationSlope,
    double degradationIntercept,
    double probabilityOfLoss,
    int combinations,
    int blocks) {

  /**
   * Histogram of the logits over {@code [−ln N, ln N]}, the range {@code λ} can take for ranks 1..N
   * out of N + 1, in {@code bins} equal bins; the last bin includes its upper edge.
   */
  public int[] logitHistogram(int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1, got " + bins);
    }
    double max = Math.log(combinations);
    double width = 2 * max / bins;
    int[] counts = new int[bins];
    for (double logit : logits) {
      int bin = width > 0 ? (int) ((logit + max) / width) : 0;
      counts[Math.max(0, Math.min(bins - 1, bin))]++;
    }
    return counts;
  }
}
