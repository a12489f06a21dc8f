package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;

/**
 * A strategy whose rule yields its signal bars directly (crossings): it implements {@link
 * #sparseTargets} and gets the dense form by expanding that list, so each rule has one loop.
 */
interface SignalStrategy extends Strategy {
  @Override
  void sparseTargets(FeatureCache features, double[] params, SparseTargets out);

  /** The sparse targets expanded: their values on their bars, NaN elsewhere. */
  @Override
  default void targets(FeatureCache features, double[] params, double[] target) {
    SparseTargets s = new SparseTargets();
    sparseTargets(features, params, s);
    s.writeTo(target);
  }
}
