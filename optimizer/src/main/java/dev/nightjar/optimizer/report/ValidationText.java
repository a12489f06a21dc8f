package dev.nightjar.optimizer.report;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.spec.RankBy;
import dev.nightjar.optimizer.validation.Fold;
import dev.nightjar.optimizer.validation.Stitched;
import dev.nightjar.optimizer.validation.ValidatedConfig;
import dev.nightjar.optimizer.validation.ValidationInfo;
import dev.nightjar.optimizer.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The validation sections of {@code summary.txt}: the folds; then the walk-forward efficiency line,
 * the stitched result per symbol, and the exported configs with their in-sample and out-of-sample
 * objective side by side.
 */
final class ValidationText {
  private ValidationText() {}

  static String folds(SweepInfo info) {
    ValidationInfo v = info.validation();
    StringBuilder sb = new StringBuilder();
    sb.append("validation: ")
        .append(v.spec().method())
        .append(", ")
        .append(v.plan().folds().size())
        .append(v.plan().folds().size() == 1 ? " fold" : " folds")
        .append(", exported configs ranked by ")
        .append(ranking(v))
        .append('\n');
    for (Fold f : v.plan().folds()) {
      sb.append("  fold ")
          .append(f.number())
          .append(": train ")
          .append(f.train())
          .append(", test ")
          .append(f.test())
          .append('\n');
    }
    return sb.append('\n').toString();
  }

  static String results(SweepInfo info, ValidationResult result) {
    ValidationInfo v = info.validation();
    String key = info.objective().metric().key();
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "walk-forward efficiency: %s (annualized out-of-sample return %s / annualized in-sample"
                + " return %s; CAGR, mean over symbols)%n",
            SummaryText.number(result.efficiency(), "%.3f"),
            SummaryText.percent(result.outOfSampleAnnualReturn()),
            SummaryText.percent(result.inSampleAnnualReturn())));
    sb.append("stitched out of sample (each fold's best in sample on the next test window):\n");
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {"", "symbol", "is_" + key, "oos_" + key, "oos_return", "oos_max_dd", "wfe"});
    for (Stitched s : result.stitched()) {
      double[] m = s.outOfSample();
      lines.add(
          new String[] {
            "",
            v.symbols().get(s.symbol()).series().toString(),
            SummaryText.number(s.inSampleObjective(), "%.4f"),
            SummaryText.number(m[info.objective().metric().ordinal()], "%.4f"),
            SummaryText.percent(m[Metric.TOTAL_RETURN.ordinal()]),
            SummaryText.percent(m[Metric.MAX_DRAWDOWN.ordinal()]),
            SummaryText.number(s.efficiency(), "%.3f")
          });
    }
    sb.append(SummaryText.align(lines, 1, 1)).append('\n');
    List<ValidatedConfig> ranked = result.ranked();
    int shown = Math.min(info.top(), ranked.size());
    sb.append("exported configs (")
        .append(shown)
        .append(" of ")
        .append(ranked.size())
        .append(" selected by some fold), by ")
        .append(ranking(v))
        .append(":\n");
    List<String[]> table = new ArrayList<>();
    table.add(
        new String[] {
          "rank",
          "symbol",
          "strategy",
          "params",
          "folds",
          "is_" + key,
          "oos_" + key,
          "oos_trades",
          "oos_return"
        });
    for (int i = 0; i < shown; i++) {
      ValidatedConfig c = ranked.get(i);
      Combination comb = info.combination(c.combination());
      StrategyInfo s = info.strategies().get(comb.strategy());
      table.add(
          new String[] {
            Integer.toString(i + 1),
            v.symbols().get(c.symbol()).series().toString(),
            s.name(),
            s.strategy().parameters().describe(comb.params()),
            String.join(",", c.folds().stream().map(String::valueOf).toList()),
            SummaryText.number(objective(info, c, c.inSample()), "%.4f"),
            SummaryText.number(objective(info, c, c.outOfSample()), "%.4f"),
            SummaryText.cell(Metric.TRADES, c.outOfSample()[Metric.TRADES.ordinal()]),
            SummaryText.percent(c.outOfSample()[Metric.TOTAL_RETURN.ordinal()])
          });
    }
    sb.append(SummaryText.align(table, 1, 4));
    return sb.toString();
  }

  /** {@code oos}, or for a plateau ranking without its order, what it fell back to. */
  private static String ranking(ValidationInfo v) {
    return v.rankBy() == RankBy.PLATEAU && v.plateauOrder() == null
        ? "plateau (no plateau figures supplied: oos)"
        : v.rankBy().label();
  }

  private static double objective(SweepInfo info, ValidatedConfig c, double[] metrics) {
    return info.objective().value(new ResultRow(c.symbol(), c.combination(), metrics, null));
  }
}
