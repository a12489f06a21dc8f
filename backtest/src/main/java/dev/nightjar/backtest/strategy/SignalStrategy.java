package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;
import java.util.Optional;

/**
 * A strategy whose rule yields its signal bars directly (crossings), for any range of bars: it
 * implements {@link #rule} and gets the scanner, the whole-series list and the dense form from it,
 * so each rule has one loop.
 */
interface SignalStrategy extends Strategy {
  /** The rule bound to {@code params}: its lines are looked up once. */
  TargetScanner rule(FeatureCache features, double[] params);

  @Override
  default Optional<TargetScanner> scanner(FeatureCache features, double[] params) {
    return Optional.of(rule(features, params));
  }

  /** Every bar's targets: the rule over the whole series. */
  @Override
  default void sparseTargets(FeatureCache features, double[] params, SparseTargets out) {
    out.clear();
    rule(features, params).append(0, features.size(), out);
  }

  /** The sparse targets expanded: their values on their bars, NaN elsewhere. */
  @Override
  default void targets(FeatureCache features, double[] params, double[] target) {
    SparseTargets s = new SparseTargets();
    sparseTargets(features, params, s);
    s.writeTo(target);
  }
}
