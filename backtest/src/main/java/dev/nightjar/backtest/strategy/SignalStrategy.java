package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;

/**
 * A strategy whose rule yields its signal bars directly (crossings), for any range of bars: it
 * implements {@link #appendTargets} and gets the whole-series list and the dense form from it, so
 * each rule has one loop.
 */
interface SignalStrategy extends Strategy {
  @Override
  default boolean blockwise() {
    return true;
  }

  @Override
  void appendTargets(FeatureCache features, double[] params, int from, int to, SparseTargets out);

  /** Every bar's targets: {@link #appendTargets} over the whole series. */
  @Override
  default void sparseTargets(FeatureCache features, double[] params, SparseTargets out) {
    out.clear();
    appendTargets(features, params, 0, features.size(), out);
  }

  /** The sparse targets expanded: their values on their bars, NaN elsewhere. */
  @Override
  default void targets(FeatureCache features, double[] params, double[] target) {
    SparseTargets s = new SparseTargets();
    sparseTargets(features, params, s);
    s.writeTo(target);
  }
}
