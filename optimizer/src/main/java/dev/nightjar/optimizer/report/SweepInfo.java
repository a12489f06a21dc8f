package dev.nightjar.optimizer.report;

import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.validation.FoldPlan;
import dev.nightjar.optimizer.validation.ValidationInfo;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What the reports and config export need to know about a sweep besides its result rows. Everything
 * here is deterministic: {@code createdAt} is the sweep's creation time as stored in its manifest,
 * not the time the report is written.
 *
 * @param name the spec's name
 * @param sweepId identity of the run
 * @param specHash canonical hash of the spec
 * @param nightjarVersion version that ran the sweep, e.g. {@code 0.1.0-SNAPSHOT}
 * @param createdAt creation time of the sweep, epoch ms
 * @param symbols the symbols, indexed by {@link ResultRow#symbol()}
 * @param strategies the strategies, indexed by {@link Combination#strategy()}
 * @param combinations looks a combination up by its id
 * @param objective what rows are ranked by
 * @param filters bounds a ranked row must satisfy
 * @param top how many strategy configs to export
 * @param validation the out-of-sample validation, or {@code null}; when set, {@code symbols} are
 *     the in-sample units (one per fold and symbol, see {@link FoldPlan}) and {@link
 *     ValidationInfo#symbols()} the full series
 */
public record SweepInfo(
    String name,
    String sweepId,
    String specHash,
    String nightjarVersion,
    long createdAt,
    List<SymbolInfo> symbols,
    List<StrategyInfo> strategies,
    IntFunction<Combination> combinations,
    Objective objective,
    List<Filter> filters,
    int top,
    ValidationInfo validation) {
  public SweepInfo {
    if (name == null
        || sweepId == null
        || specHash == null
        || nightjarVersion == null
        || combinations == null
        || objective == null) {
      throw new IllegalArgumentException(
          "name, sweepId, specHash, nightjarVersion, combinations and objective must not be null");
    }
    symbols = List.copyOf(symbols);
    strategies = List.copyOf(strategies);
    filters = List.copyOf(filters);
    if (strategies.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one strategy");
    }
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0, got " + top);
    }
    if (validation != null && validation.plan().units() != symbols.size()) {
      throw new IllegalArgumentException(
          "a validated sweep has one symbol entry per unit ("
              + validation.plan().units()
              + "), got "
              + symbols.size());
    }
  }

  /** A sweep without validation. */
  public SweepInfo(
      String name,
      String sweepId,
      String specHash,
      String nightjarVersion,
      long createdAt,
      List<SymbolInfo> symbols,
      List<StrategyInfo> strategies,
      IntFunction<Combination> combinations,
      Objective objective,
      List<Filter> filters,
      int top) {
    this(
        name,
        sweepId,
        specHash,
        nightjarVersion,
        createdAt,
        symbols,
        strategies,
        combinations,
        objective,
        filters,
        top,
        null);
  }

  /** This sweep with another validation (e.g. with a plateau order plugged in). */
  public SweepInfo withValidation(ValidationInfo newValidation) {
    return new SweepInfo(
        name,
        sweepId,
        specHash,
        nightjarVersion,
        createdAt,
        symbols,
        strategies,
        combinations,
        objective,
        filters,
        top,
        newValidation);
  }

  /** The combination with this id. */
  public Combination combination(int id) {
    return combinations.apply(id);
  }

  /**
   * Whether a row takes part in the ranking: it did not fail, its objective is not NaN, and it
   * passes every filter.
   */
  public boolean ranks(ResultRow row) {
    if (row.failed() || Double.isNaN(objective.value(row))) {
      return false;
    }
    for (Filter f : filters) {
      if (!f.passes(row)) {
        return false;
      }
    }
    return true;
  }
}
