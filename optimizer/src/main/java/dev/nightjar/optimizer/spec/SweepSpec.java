package dev.nightjar.optimizer.spec;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.data.ConfigException;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.Objective;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed, validated sweep spec: what to run (data, strategies with their parameter levels,
 * execution settings, search method) and how to rank it (objective, filters, how many configs to
 * export, the failure share that stops the sweep). See {@link #read} for the JSON form.
 *
 * @param name the sweep's name, {@code [A-Za-z0-9._-]{1,64}}
 * @param data symbols, timeframe and time window
 * @param strategies at least one, in spec order (a combination's {@code strategy} indexes this)
 * @param execution engine settings shared by every evaluation
 * @param search how combinations are picked from each strategy's grid
 * @param objective what the ranking sorts by
 * @param filters bounds a ranked row must meet, one per metric, by metric ordinal
 * @param top number of configs to export, 1..1000
 * @param maxFailureShare share of failed evaluations that stops the sweep, in [0, 1]
 * @param validation out-of-sample validation, or {@code null} for none
 * @param rankBy what the exported ranking sorts by; {@link RankBy#OOS} needs a validation
 */
public record SweepSpec(
    String name,
    DataSelection data,
    List<StrategySpec> strategies,
    EngineConfig execution,
    SearchSpec search,
    Objective objective,
    List<Filter> filters,
    int top,
    double maxFailureShare,
    ValidationSpec validation,
    RankBy rankBy) {
  /** Allowed names: also used in output folder names. */
  public static final String NAME_PATTERN = "[A-Za-z0-9._-]{1,64}";

  public static final int MAX_TOP = 1000;

  public SweepSpec {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new IllegalArgumentException(
          "name must match " + NAME_PATTERN + ", got '" + name + "'");
    }
    if (data == null
        || strategies == null
        || strategies.isEmpty()
        || execution == null
        || search == null
        || objective == null
        || filters == null) {
      throw new IllegalArgumentException("a sweep spec needs data, strategies and settings");
    }
    strategies = List.copyOf(strategies);
    filters = List.copyOf(filters);
    if (top < 1 || top > MAX_TOP) {
      throw new IllegalArgumentException("top must be in [1, " + MAX_TOP + "], got " + top);
    }
    if (!(maxFailureShare >= 0 && maxFailureShare <= 1)) {
      throw new IllegalArgumentException(
          "maxFailureShare must be in [0, 1], got " + maxFailureShare);
    }
    if (rankBy == null || rankBy == RankBy.OOS && validation == null) {
      throw new IllegalArgumentException(
          "rankBy must be is or plateau without a validation, got " + rankBy);
    }
  }

  /**
   * The longest look-back of the sweep's strategies, in bars ({@link
   * StrategySpec#longestLookback()}): a train window must hold more bars than this.
   */
  public int longestLookback() {
    return strategies.stream().mapToInt(StrategySpec::longestLookback).max().orElse(1);
  }

  /**
   * Reads and validates a spec file; {@code fundingCsv} is resolved against the file's folder.
   *
   * <pre>{@code
   * {"name": "demo-sweep",                       // default: the file name without .json
   *  "data": {"symbols": ["BTCUSDT", "data/x.csv"] | "*", "timeframe": "1h",
   *           "from": "2024-01-01", "to": "2024-12-31T12:00"},  // optional, UTC, to exclusive
   *  "strategies": [{"strategy": "sma-cross", "direction": "long-short",
   *                  "params": {"fast": {"from": 5, "to": 50, "step": 5},   // inclusive
   *                             "slow": {"values": [20, 30, 50]}},          // or a number
   *                  "constraints": ["fast < slow"]}],
   *  // or the single-strategy form: top-level "strategy", "params", "constraints", "direction"
   *  "execution": {...},                          // see ExecutionJson
   *  "search": {"method": "grid"} | {"method": "random", "samples": 500, "seed": 7}
   *            | {"method": "halving", "samples": 729, "seed": 7, "eta": 3, "rounds": 3},
   *            | {"method": "cmaes", "budget": 400, "seed": 7},
   *  "objective": "sharpe" | {"metric": "max_drawdown", "direction": "min"},
   *  "filters": {"minTrades": 10, "maxDrawdown": 0.5, "min": {"sharpe": 0.5}, "max": {...}},
   *  "top": 20, "maxFailureShare": 0.01,
   *  "validation": {"holdout": "25%"}                        // optional, or:
   *              | {"walkForward": {"train": "180d", "test": "30d", "step": "30d",
   *                                 "anchored": false}},    // step default test
   *  "rankBy": "oos"}                 // is | oos | plateau; default oos with validation, else is
   * }</pre>
   *
   * Durations are a whole number and a unit: {@code m}, {@code h}, {@code d} or {@code w}. A
   * walk-forward train window must hold more bars of the timeframe than {@link #longestLookback()},
   * and step must be at least test.
   *
   * <p>A parameter the spec does not list takes its default; a range's step defaults to the
   * parameter's own step; the objective defaults to sharpe in its natural direction.
   *
   * @throws ConfigException listing every problem with its JSON path
   */
  public static SweepSpec read(Path file) {
    return SpecReader.read(file);
  }

  /**
   * Parses spec text as if read from {@code file} (named in messages; its folder resolves {@code
   * fundingCsv}, its name gives the default sweep name).
   *
   * @throws ConfigException listing every problem with its JSON path
   */
  public static SweepSpec parse(String json, Path file) {
    return SpecReader.parse(json, file);
  }

  /** SHA-256 hex of {@link #canonicalJson()}: identifies the sweep for resume. */
  public String hash() {
    return CanonicalJson.sha256(canonicalJson());
  }

  /** The canonical JSON the hash is computed from: sorted keys, defaults filled in. */
  public String canonicalJson() {
    return CanonicalJson.of(
        data,
        strategies,
        execution,
        search,
        objective,
        filters,
        top,
        maxFailureShare,
        validation,
        rankBy);
  }
}
