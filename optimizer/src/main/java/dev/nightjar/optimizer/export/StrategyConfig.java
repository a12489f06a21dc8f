package dev.nightjar.optimizer.export;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.SeriesId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One ranked result of a sweep, ready for the live runner: the contract between optimizer and live
 * ({@code "schema": "nightjar.strategy-config/1"}, see the package documentation for the JSON).
 *
 * @param strategy the strategy family's name, e.g. {@code sma-cross}
 * @param direction the sides it may hold
 * @param params parameter name → value, in the strategy's order
 * @param series symbol and timeframe it was tested on
 * @param execution every engine setting it ran with
 * @param metrics what it earned (possibly NaN or infinite)
 * @param rank position in the sweep's ranking, from 1
 * @param objective the metric the sweep ranked by
 * @param objectiveValue that metric's value
 * @param provenance where it came from
 * @param inSample the in-sample figures of a validated sweep, or {@code null}
 * @param outOfSample the out-of-sample figures of a validated sweep, or {@code null}
 * @param robustness robustness figures by name (e.g. {@code psr}, {@code dsr}, {@code
 *     plateau_ratio}), empty when none were computed
 */
public record StrategyConfig(
    String strategy,
    Direction direction,
    Map<String, Double> params,
    SeriesId series,
    EngineConfig execution,
    Map<Metric, Double> metrics,
    int rank,
    Metric objective,
    double objectiveValue,
    Provenance provenance,
    InSample inSample,
    OutOfSample outOfSample,
    Map<String, Double> robustness) {
  /** The schema this nightjar writes and reads. */
  public static final String SCHEMA = "nightjar.strategy-config/1";

  /** Names of robustness figures: lower-case words joined by {@code _}. */
  public static final String ROBUSTNESS_KEY = "[a-z][a-z0-9_]{0,63}";

  public StrategyConfig {
    if (strategy == null
        || direction == null
        || params == null
        || series == null
        || execution == null
        || metrics == null
        || objective == null
        || provenance == null) {
      throw new IllegalArgumentException("strategy config fields must not be null");
    }
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, got " + rank);
    }
    if ((inSample == null) != (outOfSample == null)) {
      throw new IllegalArgumentException("inSample and outOfSample come together, or neither");
    }
    if (robustness == null) {
      throw new IllegalArgumentException("robustness must not be null (empty when none)");
    }
    robustness = Collections.unmodifiableMap(new TreeMap<>(robustness));
    for (Map.Entry<String, Double> e : robustness.entrySet()) {
      if (!e.getKey().matches(ROBUSTNESS_KEY) || e.getValue() == null) {
        throw new IllegalArgumentException(
            "robustness needs keys matching " + ROBUSTNESS_KEY + " and numbers, got " + e);
      }
    }
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    metrics = metrics.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(metrics));
  }

  /** This config with the given validation blocks (both or neither) and robustness figures. */
  public StrategyConfig withFigures(
      InSample inSample, OutOfSample outOfSample, Map<String, Double> robustness) {
    return new StrategyConfig(
        strategy,
        direction,
        params,
        series,
        execution,
        metrics,
        rank,
        objective,
        objectiveValue,
        provenance,
        inSample,
        outOfSample,
        robustness);
  }

  /** A config without validation or robustness figures. */
  public StrategyConfig(
      String strategy,
      Direction direction,
      Map<String, Double> params,
      SeriesId series,
      EngineConfig execution,
      Map<Metric, Double> metrics,
      int rank,
      Metric objective,
      double objectiveValue,
      Provenance provenance) {
    this(
        strategy,
        direction,
        params,
        series,
        execution,
        metrics,
        rank,
        objective,
        objectiveValue,
        provenance,
        null,
        null,
        Map.of());
  }

  /** The parameter values in the order of {@code names}. */
  public double[] values(List<String> names) {
    double[] v = new double[names.size()];
    for (int i = 0; i < v.length; i++) {
      Double x = params.get(names.get(i));
      if (x == null) {
        throw new IllegalArgumentException(
            "no parameter '" + names.get(i) + "' in " + params.keySet());
      }
      v[i] = x;
    }
    return v;
  }
}
