package dev.nightjar.backtest.strategy;

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

  /** The targets in a new array, with {@code direction} applied (shorts flat when long-only). */
  default double[] targets(FeatureCache features, double[] params, Direction direction) {
    double[] target = new double[features.size()];
    targets(features, params, target);
    direction.apply(target);
    return target;
  }
}
