package dev.nightjar.optimizer.validation;

import dev.nightjar.backtest.metrics.Metric;
import java.util.Arrays;

/**
 * The walk-forward procedure's own out-of-sample result on one symbol: in each fold, the symbol's
 * best row in sample (after the filters) trades the fold's test window; the windows are stitched
 * into one run from the first test window's start to the last one's end (positions carry across
 * fold boundaries; a fold without a ranked row is flat).
 *
 * @param symbol symbol index
 * @param combinations the combination id traded in each fold, -1 where none ranked
 * @param inSampleObjective mean of the folds' best in-sample objective values (NaN when none)
 * @param inSampleAnnualReturn mean of the folds' best in-sample CAGR (NaN when none)
 * @param outOfSample every metric of the stitched run
 */
public record Stitched(
    int symbol,
    int[] combinations,
    double inSampleObjective,
    double inSampleAnnualReturn,
    double[] outOfSample) {
  public Stitched {
    combinations = combinations.clone();
    if (outOfSample.length != Metric.count()) {
      throw new IllegalArgumentException("expected " + Metric.count() + " metrics");
    }
  }

  @Override
  public int[] combinations() {
    return combinations.clone();
  }

  /** {@link ValidationResult#efficiency} of this symbol's stitched CAGR and in-sample CAGR. */
  public double efficiency() {
    return ValidationResult.efficiency(outOfSample[Metric.CAGR.ordinal()], inSampleAnnualReturn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stitched s
        && s.symbol == symbol
        && Arrays.equals(s.combinations, combinations)
        && Double.compare(s.inSampleObjective, inSampleObjective) == 0
        && Double.compare(s.inSampleAnnualReturn, inSampleAnnualReturn) == 0
        && Arrays.equals(s.outOfSample, outOfSample);
  }

  @Override
  public int hashCode() {
    return 31 * symbol + Arrays.hashCode(combinations);
  }

  @Override
  public String toString() {
    return "Stitched[symbol " + symbol + ", " + Arrays.toString(combinations) + "]";
  }
}
