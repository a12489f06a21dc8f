package dev.nightjar.optimizer.validation;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.ResultRow;
import java.util.Arrays;

/**
 * One of a fold's best {@code top} rows in sample, with its out-of-sample metrics on the fold's
 * test window.
 *
 * @param fold the fold
 * @param rank position in the fold's in-sample ranking, from 1
 * @param symbol symbol index (of the full series)
 * @param inSample the in-sample row ({@link ResultRow#symbol()} is the unit)
 * @param outOfSample every metric on the fold's test window
 */
public record FoldPick(Fold fold, int rank, int symbol, ResultRow inSample, double[] outOfSample) {
  public FoldPick {
    if (rank < 1 || outOfSample.length != Metric.count()) {
      throw new IllegalArgumentException(
          "rank must be >= 1 with " + Metric.count() + " metrics, got " + rank);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FoldPick p
        && p.fold.equals(fold)
        && p.rank == rank
        && p.symbol == symbol
        && p.inSample.equals(inSample)
        && Arrays.equals(p.outOfSample, outOfSample);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * fold.hashCode() + rank) + inSample.hashCode();
  }

  @Override
  public String toString() {
    return "FoldPick[fold " + fold.number() + ", rank " + rank + ", " + inSample + "]";
  }
}
