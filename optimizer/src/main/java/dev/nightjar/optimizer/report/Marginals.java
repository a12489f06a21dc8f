package dev.nightjar.optimizer.report;

import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per strategy, per parameter, per value: how many rows had that value ({@code evaluations}, failed
 * ones included), how many had a usable objective ({@code valid}: not failed, not NaN), and over
 * those the mean and the best objective (NaN when none). Filters do not apply: marginals show how
 * the objective responds to each parameter over the whole sweep. Memory grows with the number of
 * distinct values of each parameter, not with the number of rows; sums run in row order, so the
 * result is deterministic for the runner's sorted stream.
 */
final class Marginals {
  private final SweepInfo info;
  private final boolean maximize;

  /** [strategy][parameter] → value → aggregate. */
  private final List<List<Map<Double, Aggregate>>> byParam = new ArrayList<>();

  Marginals(SweepInfo info) {
    this.info = info;
    this.maximize = info.objective().maximize();
    for (StrategyInfo s : info.strategies()) {
      List<Map<Double, Aggregate>> params = new ArrayList<>();
      for (int p = 0; p < s.strategy().parameters().size(); p++) {
        params.add(new TreeMap<>());
      }
      byParam.add(params);
    }
  }

  void add(ResultRow row) {
    Combination c = info.combination(row.combination());
    double objective = info.objective().value(row);
    boolean valid = !row.failed() && !Double.isNaN(objective);
    List<Map<Double, Aggregate>> params = byParam.get(c.strategy());
    for (int p = 0; p < params.size(); p++) {
      Aggregate a = params.get(p).computeIfAbsent(c.param(p), v -> new Aggregate());
      a.evaluations++;
      if (valid) {
        a.sum += objective;
        a.best =
            a.valid == 0
                ? objective
                : maximize ? Math.max(a.best, objective) : Math.min(a.best, objective);
        a.valid++;
      }
    }
  }

  static List<String> header() {
    return List.of(
        "strategy",
        "parameter",
        "value",
        "evaluations",
        "valid",
        "mean_objective",
        "best_objective");
  }

  /** Writes one line per (strategy, parameter, value), values ascending. */
  void writeTo(TableCsv csv) {
    for (int s = 0; s < byParam.size(); s++) {
      StrategyInfo strategy = info.strategies().get(s);
      List<String> names = strategy.strategy().parameters().names();
      for (int p = 0; p < names.size(); p++) {
        for (Map.Entry<Double, Aggregate> e : byParam.get(s).get(p).entrySet()) {
          Aggregate a = e.getValue();
          csv.add(
              new String[] {
                strategy.name(),
                names.get(p),
                ParamSpec.format(e.getKey()),
                Long.toString(a.evaluations),
                Long.toString(a.valid),
                Double.toString(a.valid == 0 ? Double.NaN : a.sum / a.valid),
                Double.toString(a.valid == 0 ? Double.NaN : a.best)
              });
        }
      }
    }
  }

  private static final class Aggregate {
    long evaluations;
    long valid;
    double sum;
    double best;
  }
}
