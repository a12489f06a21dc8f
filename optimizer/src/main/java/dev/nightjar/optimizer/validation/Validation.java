package dev.nightjar.optimizer.validation;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.Ranking;
import dev.nightjar.optimizer.report.StrategyInfo;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.spec.RankBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The out-of-sample stage of a validated sweep, recomputed from the complete in-sample log at the
 * end of a sweep and by {@code nightjar report} (it is cheap and deterministic, so it is not
 * logged). {@link #offer} takes the in-sample rows in one streaming pass, keeping per fold the best
 * {@code top} rows (objective and filters, as the plain ranking) and per (fold, symbol) the best
 * one; {@link #finish} evaluates them on the test windows:
 *
 * <ul>
 *   <li>each pick on its fold's test window ({@link FoldPick});
 *   <li>each selected (symbol, combination) over the test windows of the folds that selected it
 *       ({@link ValidatedConfig}), ranked by the spec's {@code rankBy};
 *   <li>per symbol, each fold's best on the following test window, stitched ({@link Stitched}).
 * </ul>
 *
 * Targets are computed once per (symbol, combination) on the full series and dropped after use, so
 * memory holds one symbol's indicators and a few target arrays. A sweep has one execution block:
 * the stitched run uses the first strategy's.
 */
public final class Validation {
  private final SweepInfo info;
  private final ValidationInfo validation;
  private final FoldPlan plan;
  private final Ranking[] perFold;
  private final Ranking[] perUnit;

  /**
   * @throws IllegalArgumentException when {@code info} has no validation
   */
  public Validation(SweepInfo info) {
    if (info.validation() == null) {
      throw new IllegalArgumentException("the sweep " + info.name() + " has no validation");
    }
    this.info = info;
    this.validation = info.validation();
    this.plan = validation.plan();
    this.perFold = new Ranking[plan.folds().size()];
    for (int f = 0; f < perFold.length; f++) {
      perFold[f] = new Ranking(info, info.top());
    }
    this.perUnit = new Ranking[plan.units()];
    for (int u = 0; u < perUnit.length; u++) {
      perUnit[u] = new Ranking(info, 1);
    }
  }

  /** One in-sample row ({@link ResultRow#symbol()} is its unit). */
  public void offer(ResultRow row) {
    perFold[row.symbol() / plan.symbols()].offer(row);
    perUnit[row.symbol()].offer(row);
  }

  /** The out-of-sample results of the rows offered. */
  public ValidationResult finish() {
    List<FoldPick> picks = new ArrayList<>();
    List<ValidatedConfig> configs = new ArrayList<>();
    List<Stitched> stitched = new ArrayList<>();
    List<List<ResultRow>> foldTop = new ArrayList<>();
    for (Ranking r : perFold) {
      foldTop.add(r.best());
    }
    for (int s = 0; s < plan.symbols(); s++) {
      stitched.add(symbol(s, foldTop, picks, configs));
    }
    picks.sort(
        Comparator.comparingInt((FoldPick p) -> p.fold().number())
            .thenComparingInt(FoldPick::rank));
    configs.sort(order());
    return new ValidationResult(picks, stitched, configs);
  }

  /**
   * The export order. Ranked by out-of-sample figures, a config whose out-of-sample metrics fail
   * the spec's filters (say, two trades against {@code minTrades} 10: one lucky test window) comes
   * after every config that passes them, whatever its objective.
   */
  private Comparator<ValidatedConfig> order() {
    Comparator<ValidatedConfig> order = validation.order(info.objective());
    if (validation.rankBy() == RankBy.IS) {
      return order;
    }
    return Comparator.comparing((ValidatedConfig v) -> !passesOutOfSample(v)).thenComparing(order);
  }

  private boolean passesOutOfSample(ValidatedConfig v) {
    ResultRow oos = new ResultRow(v.symbol(), v.combination(), v.outOfSample(), null);
    for (Filter f : info.filters()) {
      if (!f.passes(oos)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Evaluates symbol {@code s}: adds its fold picks and validated configs, returns its stitched
   * result. Each combination's targets are computed once and dropped after use.
   */
  private Stitched symbol(
      int s, List<List<ResultRow>> foldTop, List<FoldPick> picks, List<ValidatedConfig> configs) {
    // combination id -> the fold picks that selected it on this symbol, by fold
    Map<Integer, List<Selection>> selected = new TreeMap<>();
    for (List<ResultRow> best : foldTop) {
      for (int r = 0; r < best.size(); r++) {
        ResultRow row = best.get(r);
        if (plan.symbol(row.symbol()) == s) {
          selected
              .computeIfAbsent(row.combination(), k -> new ArrayList<>())
              .add(new Selection(row.symbol(), r + 1, row));
        }
      }
    }
    ResultRow[] foldBest = new ResultRow[foldTop.size()];
    for (int f = 0; f < foldBest.length; f++) {
      List<ResultRow> best = perUnit[plan.unit(f, s)].best();
      foldBest[f] = best.isEmpty() ? null : best.get(0);
      if (foldBest[f] != null) {
        selected.putIfAbsent(foldBest[f].combination(), List.of());
      }
    }
    BarSeries series = plan.series().get(s);
    FeatureCache features = new FeatureCache(series);
    double[] stitchedSpan = OutOfSample.span(series.size());
    for (Map.Entry<Integer, List<Selection>> e : selected.entrySet()) {
      Combination c = info.combination(e.getKey());
      StrategyInfo strategy = info.strategies().get(c.strategy());
      double[] target = targets(strategy, features, c);
      List<Selection> selections = e.getValue();
      for (Selection sel : selections) {
        double[] oos = run(series, target, List.of(sel.unit), strategy.execution());
        picks.add(new FoldPick(plan.fold(sel.unit), sel.rank, s, sel.row, oos));
      }
      if (!selections.isEmpty()) {
        List<Integer> units = selections.stream().map(Selection::unit).toList();
        configs.add(
            new ValidatedConfig(
                s,
                c.id(),
                units.stream().map(u -> plan.fold(u).number()).toList(),
                selections.get(selections.size() - 1).row.metrics(),
                run(series, target, units, strategy.execution())));
      }
      for (int f = 0; f < foldBest.length; f++) {
        if (target != null && foldBest[f] != null && foldBest[f].combination() == c.id()) {
          place(target, plan.unit(f, s), stitchedSpan);
        }
      }
    }
    return stitch(s, foldBest, series, stitchedSpan);
  }

  /** A fold's pick on one symbol: the unit (fold and symbol), its rank in the fold, its row. */
  private record Selection(int unit, int rank, ResultRow row) {}

  /**
   * One run over the test windows of {@code units} (ascending, one symbol), flat between them; NaN
   * metrics when the strategy failed on the full series.
   */
  private double[] run(BarSeries series, double[] target, List<Integer> units, EngineConfig exec) {
    if (target == null) {
      double[] nan = new double[Metric.count()];
      Arrays.fill(nan, Double.NaN);
      return nan;
    }
    double[] span = OutOfSample.span(series.size());
    for (int u : units) {
      place(target, u, span);
    }
    return OutOfSample.metrics(
        series, span, plan.testFrom(units.get(0)), plan.testTo(units.get(units.size() - 1)), exec);
  }

  private Stitched stitch(int s, ResultRow[] foldBest, BarSeries series, double[] span) {
    int[] combinations = new int[foldBest.length];
    double objective = 0;
    double cagr = 0;
    int n = 0;
    for (int f = 0; f < foldBest.length; f++) {
      combinations[f] = foldBest[f] == null ? -1 : foldBest[f].combination();
      if (foldBest[f] != null) {
        objective += info.objective().value(foldBest[f]);
        cagr += foldBest[f].metric(Metric.CAGR);
        n++;
      }
    }
    int first = plan.unit(0, s);
    int last = plan.unit(foldBest.length - 1, s);
    EngineConfig execution = info.strategies().get(0).execution();
    return new Stitched(
        s,
        combinations,
        n == 0 ? Double.NaN : objective / n,
        n == 0 ? Double.NaN : cagr / n,
        OutOfSample.metrics(series, span, plan.testFrom(first), plan.testTo(last), execution));
  }

  private void place(double[] target, int unit, double[] span) {
    OutOfSample.place(target, plan.testFrom(unit), plan.testTo(unit), span);
  }

  /** The combination's targets on the full series, or {@code null} when the strategy throws. */
  private static double[] targets(StrategyInfo strategy, FeatureCache features, Combination c) {
    try {
      return strategy.strategy().targets(features, c.params(), strategy.direction());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
