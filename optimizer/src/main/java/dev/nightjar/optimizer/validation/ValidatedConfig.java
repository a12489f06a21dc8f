package dev.nightjar.optimizer.validation;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.ResultRow;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A (symbol, combination) that the training of at least one fold selected (it was among that fold's
 * best {@code top} rows), with the two sets of figures it is ranked and exported with.
 *
 * <p><b>In sample</b>: its metrics on the train window of the <em>last</em> fold that selected it
 * (the most recent training, the one a live deployment would follow). <b>Out of sample</b>: one run
 * over the test windows of exactly the folds that selected it, each window following the training
 * that chose it (see {@link OutOfSample}: warm-up from before each window, flat between
 * non-adjacent windows). Data its selection saw never enters its out-of-sample figures.
 *
 * @param symbol symbol index (of the full series)
 * @param combination combination id
 * @param folds the numbers of the folds that selected it, ascending, at least one
 * @param inSample every metric on the last selecting fold's train window
 * @param outOfSample every metric over the selecting folds' test windows
 */
public record ValidatedConfig(
    int symbol, int combination, List<Integer> folds, double[] inSample, double[] outOfSample) {
  public ValidatedConfig {
    folds = List.copyOf(folds);
    if (folds.isEmpty()
        || inSample.length != Metric.count()
        || outOfSample.length != Metric.count()) {
      throw new IllegalArgumentException(
          "a validated config needs a selecting fold and " + Metric.count() + " metrics of each");
    }
  }

  /** The number of the fold whose training gave the in-sample figures. */
  public int inSampleFold() {
    return folds.get(folds.size() - 1);
  }

  /** Best first by the objective on the in-sample metrics. */
  public static Comparator<ValidatedConfig> byInSample(Objective objective) {
    Comparator<ResultRow> rows = objective.comparator();
    return (a, b) -> rows.compare(a.row(a.inSample), b.row(b.inSample));
  }

  /** Best first by the objective on the out-of-sample metrics. */
  public static Comparator<ValidatedConfig> byOutOfSample(Objective objective) {
    Comparator<ResultRow> rows = objective.comparator();
    return (a, b) -> rows.compare(a.row(a.outOfSample), b.row(b.outOfSample));
  }

  private ResultRow row(double[] metrics) {
    return new ResultRow(symbol, combination, metrics, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidatedConfig v
        && v.symbol == symbol
        && v.combination == combination
        && v.folds.equals(folds)
        && Arrays.equals(v.inSample, inSample)
        && Arrays.equals(v.outOfSample, outOfSample);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * symbol + combination) + folds.hashCode();
  }

  @Override
  public String toString() {
    return "ValidatedConfig[symbol "
        + symbol
        + ", combination "
        + combination
        + ", folds "
        + folds
        + "]";
  }
}
