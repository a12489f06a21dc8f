package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;
import java.util.Optional;

/**
 * A strategy family: a parameter space and a rule that turns a series plus one parameter set into
 * per-bar target positions. Implementations are stateless and thread-safe (a sweep calls one
 * instance from many threads). Add your own by implementing this interface and listing the class in
 * {@code META-INF/services/dev.nightjar.backtest.strategy.Strategy} (see README).
 */
public interface Strategy {
  /** Unique lower-case name used in specs and configs, e.g. {@code sma-cross}. */
  String name();

  /** One line: the rule, for help and reports. */
  String description();

  /** The parameters, their ranges and the rules between them. */
  ParameterSpace parameters();

  /**
   * Writes the target of every bar into {@code target}: {@code > 0} long, {@code < 0} short, 0
   * flat, NaN keep the current position. The value at bar i may depend on bars {@code 0..i} only
   * (it is acted on from bar i+1); indicator warm-up bars should be NaN. Indicators come from
   * {@code features} so that combinations share them.
   *
   * @param features the series and its shared indicators
   * @param params parameter values in {@link #parameters()} order, already validated
   * @param target output, one value per bar
   */
  void targets(FeatureCache features, double[] params, double[] target);

  /**
   * The same targets as {@link #targets(FeatureCache, double[], double[])}, as the list of bars
   * whose target is not NaN, replacing the entries of {@code out}: what a sweep hands the engine
   * ({@link dev.nightjar.backtest.engine.Engine#metrics(dev.nightjar.backtest.engine.PriceColumns,
   * SparseTargets, dev.nightjar.backtest.engine.EngineConfig, double[])}), with no dense array to
   * write and scan. The default computes the dense array in {@code out}'s scratch buffer and
   * collects it; families whose rule yields the signal bars directly override it.
   */
  default void sparseTargets(FeatureCache features, double[] params, SparseTargets out) {
    double[] target = out.scratch(features.size());
    targets(features, params, target);
    out.collect(target);
  }

  /**
   * The rule bound to {@code params}, appending the targets of any range of bars, for families
   * whose target at a bar reads only that bar and the one before it (crossings); empty for families
   * that compute the whole series at once. A sweep computes the targets of such families block by
   * block while it advances many combinations together over each block ({@link
   * dev.nightjar.backtest.engine.MetricsRun}).
   */
  default Optional<TargetScanner> scanner(FeatureCache features, double[] params) {
    return Optional.empty();
  }

  /** The targets in a new array, with {@code direction} applied (shorts flat when long-only). */
  default double[] targets(FeatureCache features, double[] params, Direction direction) {
    double[] target = new double[features.size()];
    targets(features, params, target);
    direction.apply(target);
    return target;
  }
}
