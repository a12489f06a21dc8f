package dev.nightjar.optimizer.report;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.validation.Fold;
import dev.nightjar.optimizer.validation.FoldPick;
import dev.nightjar.optimizer.validation.Stitched;
import dev.nightjar.optimizer.validation.ValidationInfo;
import dev.nightjar.optimizer.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of {@code oos.csv}: one {@code fold} row per fold pick (a fold's best {@code top} rows
 * in sample, evaluated on its test window), then one {@code stitched} row per symbol (each fold's
 * best on that symbol, stitched over all test windows). Columns: {@code row}, {@code fold}, {@code
 * rank}, {@code symbol}, {@code strategy}, {@code combination} (for a stitched row the ids per
 * fold, {@code ;}-separated, {@code -} where none ranked), {@code params}, {@code train_from},
 * {@code train_to}, {@code test_from}, {@code test_to} (ISO UTC, {@code to} exclusive), {@code
 * is_<objective>} and {@code is_cagr} (a stitched row: the means over its folds), every metric as
 * {@code oos_<key>}, and {@code wfe} (oos_cagr ÷ is_cagr, empty unless is_cagr > 0).
 */
final class OosCsv {
  private OosCsv() {}

  static List<String> header(SweepInfo info) {
    List<String> h =
        new ArrayList<>(
            List.of(
                "row",
                "fold",
                "rank",
                "symbol",
                "strategy",
                "combination",
                "params",
                "train_from",
                "train_to",
                "test_from",
                "test_to",
                "is_" + info.objective().metric().key(),
                "is_cagr"));
    for (Metric m : Metric.values()) {
      h.add("oos_" + m.key());
    }
    h.add("wfe");
    return h;
  }

  static void write(SweepInfo info, ValidationResult result, TableCsv csv) {
    ValidationInfo v = info.validation();
    for (FoldPick p : result.picks()) {
      Combination c = info.combination(p.inSample().combination());
      StrategyInfo s = info.strategies().get(c.strategy());
      double isCagr = p.inSample().metric(Metric.CAGR);
      csv.add(
          cells(
              "fold",
              Integer.toString(p.fold().number()),
              Integer.toString(p.rank()),
              v.symbols().get(p.symbol()).series().toString(),
              s.name(),
              Integer.toString(c.id()),
              s.strategy().parameters().describe(c.params()),
              p.fold(),
              p.fold(),
              info.objective().value(p.inSample()),
              isCagr,
              p.outOfSample()));
    }
    List<Fold> folds = v.plan().folds();
    for (Stitched st : result.stitched()) {
      String[] ids =
          Arrays.stream(st.combinations())
              .mapToObj(i -> i < 0 ? "-" : "" + i)
              .toArray(String[]::new);
      csv.add(
          cells(
              "stitched",
              "",
              "",
              v.symbols().get(st.symbol()).series().toString(),
              "",
              String.join(";", ids),
              "",
              folds.get(0),
              folds.get(folds.size() - 1),
              st.inSampleObjective(),
              st.inSampleAnnualReturn(),
              st.outOfSample()));
    }
  }

  private static String[] cells(
      String kind,
      String fold,
      String rank,
      String symbol,
      String strategy,
      String combination,
      String params,
      Fold first,
      Fold last,
      double isObjective,
      double isCagr,
      double[] oos) {
    List<String> cells =
        new ArrayList<>(
            List.of(
                kind,
                fold,
                rank,
                symbol,
                strategy,
                combination,
                params,
                TimeFormat.iso(first.train().from()),
                TimeFormat.iso(last.train().to()),
                TimeFormat.iso(first.test().from()),
                TimeFormat.iso(last.test().to()),
                Double.toString(isObjective),
                Double.toString(isCagr)));
    for (double x : oos) {
      cells.add(Double.toString(x));
    }
    double wfe = ValidationResult.efficiency(oos[Metric.CAGR.ordinal()], isCagr);
    cells.add(Double.isNaN(wfe) ? "" : Double.toString(wfe));
    return cells.toArray(String[]::new);
  }
}
