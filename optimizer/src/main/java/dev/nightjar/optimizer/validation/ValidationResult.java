package dev.nightjar.optimizer.validation;

import dev.nightjar.backtest.metrics.Metric;
import java.util.List;

/**
 * Everything the validation stage found: each fold's picks with their out-of-sample metrics, the
 * stitched walk-forward result per symbol, and the validated configs in export order.
 *
 * @param picks every fold's best {@code top} rows, by fold then rank
 * @param stitched one per symbol, by symbol index
 * @param ranked the configs some fold selected, best first in the spec's {@code rankBy} order
 */
public record ValidationResult(
    List<FoldPick> picks, List<Stitched> stitched, List<ValidatedConfig> ranked) {
  public ValidationResult {
    picks = List.copyOf(picks);
    stitched = List.copyOf(stitched);
    ranked = List.copyOf(ranked);
  }

  /**
   * Walk-forward efficiency: annualized out-of-sample return ÷ annualized in-sample return. NaN
   * unless the in-sample return is finite and positive (the ratio means nothing otherwise).
   */
  public static double efficiency(double outOfSampleAnnual, double inSampleAnnual) {
    return Double.isFinite(inSampleAnnual) && inSampleAnnual > 0 && !Double.isNaN(outOfSampleAnnual)
        ? outOfSampleAnnual / inSampleAnnual
        : Double.NaN;
  }

  /** Mean over symbols of the stitched CAGR (finite values only; NaN when none). */
  public double outOfSampleAnnualReturn() {
    return mean(stitched.stream().mapToDouble(s -> s.outOfSample()[Metric.CAGR.ordinal()]));
  }

  /** Mean over symbols of {@link Stitched#inSampleAnnualReturn()} (finite only; NaN when none). */
  public double inSampleAnnualReturn() {
    return mean(stitched.stream().mapToDouble(Stitched::inSampleAnnualReturn));
  }

  /** The sweep's walk-forward efficiency: {@link #efficiency} of the two means above. */
  public double efficiency() {
    return efficiency(outOfSampleAnnualReturn(), inSampleAnnualReturn());
  }

  private static double mean(java.util.stream.DoubleStream values) {
    return values.filter(Double::isFinite).average().orElse(Double.NaN);
  }
}
