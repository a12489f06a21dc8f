package dev.nightjar.optimizer.validation;

import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.report.SymbolInfo;
import dev.nightjar.optimizer.spec.RankBy;
import dev.nightjar.optimizer.spec.ValidationSpec;
import java.util.Comparator;
import java.util.List;

/**
 * What the reports need to know about a validated sweep besides its in-sample rows: the validation,
 * the ranking basis, the folds over the full series, and the full series as the configs name them.
 *
 * @param spec the spec's validation
 * @param rankBy what the exported ranking sorts by
 * @param plan the folds and the full series
 * @param symbols the full series (not the train windows), by symbol index
 * @param plateauOrder the order for {@link RankBy#PLATEAU}, supplied by the robustness stage; when
 *     {@code null} a plateau ranking falls back to the out-of-sample objective
 */
public record ValidationInfo(
    ValidationSpec spec,
    RankBy rankBy,
    FoldPlan plan,
    List<SymbolInfo> symbols,
    Comparator<ValidatedConfig> plateauOrder) {
  public ValidationInfo {
    if (spec == null || rankBy == null || plan == null || symbols == null) {
      throw new IllegalArgumentException("spec, rankBy, plan and symbols must not be null");
    }
    symbols = List.copyOf(symbols);
    if (symbols.size() != plan.symbols()) {
      throw new IllegalArgumentException(
          "expected " + plan.symbols() + " symbols, got " + symbols.size());
    }
  }

  /** This validation ranked for {@link RankBy#PLATEAU} by {@code order} (best first). */
  public ValidationInfo withPlateauOrder(Comparator<ValidatedConfig> order) {
    return new ValidationInfo(spec, rankBy, plan, symbols, order);
  }

  /**
   * The export order, best first: the objective on the in-sample or on the out-of-sample metrics
   * (NaN last, ties by combination id then symbol), or the plateau order.
   */
  public Comparator<ValidatedConfig> order(Objective objective) {
    return switch (rankBy) {
      case IS -> ValidatedConfig.byInSample(objective);
      case OOS -> ValidatedConfig.byOutOfSample(objective);
      case PLATEAU ->
          plateauOrder != null ? plateauOrder : ValidatedConfig.byOutOfSample(objective);
    };
  }
}
