package dev.nightjar.optimizer.report;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of {@code results.csv} and its relatives: {@code symbol} ({@code SYM:TF}), {@code
 * fold} (the fold number, only in a validated sweep, whose rows are its train windows), {@code
 * strategy}, {@code combination} (id), one column per parameter name across all strategies in
 * first-seen order (empty where a strategy lacks it; values as {@link ParamSpec#format}), every
 * metric by {@link Metric#key()} (values by {@link Double#toString}, so they read back exactly and
 * NaN/Infinity appear as {@code NaN}/{@code Infinity}), and {@code error} (empty on success).
 */
final class ResultColumns {
  private final SweepInfo info;
  private final List<String> header;

  /** column offset of each strategy's parameters, [strategy][parameter]. */
  private final int[][] paramColumn;

  private final int metricsFrom;

  /** 1 when there is a fold column after symbol, else 0. */
  private final int foldColumn;

  ResultColumns(SweepInfo info) {
    this.info = info;
    Set<String> params = new LinkedHashSet<>();
    for (StrategyInfo s : info.strategies()) {
      params.addAll(s.strategy().parameters().names());
    }
    foldColumn = info.validation() == null ? 0 : 1;
    List<String> names =
        new ArrayList<>(
            foldColumn == 0
                ? List.of("symbol", "strategy", "combination")
                : List.of("symbol", "fold", "strategy", "combination"));
    List<String> paramNames = new ArrayList<>(params);
    names.addAll(paramNames);
    metricsFrom = names.size();
    for (Metric m : Metric.values()) {
      names.add(m.key());
    }
    names.add("error");
    if (new LinkedHashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException(
          "a parameter name repeats a fixed column name; columns would be " + names);
    }
    header = List.copyOf(names);
    paramColumn = new int[info.strategies().size()][];
    for (int s = 0; s < paramColumn.length; s++) {
      List<String> own = info.strategies().get(s).strategy().parameters().names();
      paramColumn[s] = new int[own.size()];
      for (int p = 0; p < own.size(); p++) {
        paramColumn[s][p] = 3 + foldColumn + paramNames.indexOf(own.get(p));
      }
    }
  }

  /** The column names, with a leading {@code rank} column when {@code ranked}. */
  List<String> header(boolean ranked) {
    if (!ranked) {
      return header;
    }
    List<String> out = new ArrayList<>(header.size() + 1);
    out.add("rank");
    out.addAll(header);
    return out;
  }

  /** The cells of {@code row}, after a rank cell when {@code rank > 0}. */
  String[] cells(ResultRow row, int rank) {
    int shift = rank > 0 ? 1 : 0;
    String[] cells = new String[header.size() + shift];
    Arrays.fill(cells, "");
    if (rank > 0) {
      cells[0] = Integer.toString(rank);
    }
    Combination c = info.combination(row.combination());
    cells[shift] = info.symbols().get(row.symbol()).series().toString();
    if (foldColumn == 1) {
      cells[shift + 1] = Integer.toString(info.validation().plan().fold(row.symbol()).number());
    }
    cells[shift + foldColumn + 1] = info.strategies().get(c.strategy()).name();
    cells[shift + foldColumn + 2] = Integer.toString(row.combination());
    int[] columns = paramColumn[c.strategy()];
    for (int p = 0; p < columns.length; p++) {
      cells[shift + columns[p]] = ParamSpec.format(c.param(p));
    }
    double[] metrics = row.metrics();
    for (int m = 0; m < metrics.length; m++) {
      cells[shift + metricsFrom + m] = Double.toString(metrics[m]);
    }
    cells[cells.length - 1] = row.failed() ? row.error() : "";
    return cells;
  }
}
