package dev.nightjar.optimizer.run;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.export.ConfigExport;
import dev.nightjar.optimizer.report.RunStats;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.report.SweepReport;
import dev.nightjar.optimizer.robust.sweep.Robustness;
import dev.nightjar.optimizer.robust.sweep.RobustnessFiles;
import dev.nightjar.optimizer.robust.sweep.RobustnessOptions;
import dev.nightjar.optimizer.robust.sweep.RobustnessReport;
import dev.nightjar.optimizer.robust.sweep.RowFigures;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.search.SweepPlan;
import dev.nightjar.optimizer.spec.SweepSpec;
import dev.nightjar.optimizer.validation.ValidatedConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A complete sweep's outputs, from its results log: the reports ({@code results.csv}, {@code
 * top.csv}, {@code summary.txt}, and {@code oos.csv} when validated), the robustness analysis
 * ({@code robustness.csv}, {@code pbo.json}, {@code selection.csv}, {@code returns.bin}), and the
 * strategy configs carrying their robustness figures. The robustness lines and a table of the
 * exported configs' objective, DSR and plateau ratio are appended to the summary.
 *
 * <p>For a validated sweep, the rows are the folds' train windows, so the figures are those of the
 * row a config's in-sample metrics come from: its last selecting fold's train window.
 */
public final class Outputs {
  private Outputs() {}

  /** What was written. */
  public record Written(SweepReport.Outcome report, List<Path> configs) {}

  /**
   * @param series the evaluated series, by the log's symbol index (train windows when validated)
   * @param tasks the log's task count
   * @param stats this run's timing, or {@code null} when rebuilding (no timing line)
   * @param rebuild whether to also write {@code best-per-symbol.csv} and {@code marginals.csv}
   *     ({@code nightjar report})
   */
  public static Written write(
      Path dir,
      SweepSpec spec,
      SweepInfo info,
      SweepPlan plan,
      List<BarSeries> series,
      int tasks,
      RunStats stats,
      boolean rebuild) {
    Path log = dir.resolve(Sweep.LOG_FILE);
    SweepReport.Outcome report;
    try (LogIndex index = LogIndex.scan(log, Metric.count())) {
      report =
          rebuild
              ? SweepReport.rebuild(dir, info, Sweep.rows(index, tasks), stats)
              : SweepReport.write(dir, info, Sweep.rows(index, tasks), stats);
    }
    RobustnessReport robust;
    try (LogIndex index = LogIndex.scan(log, Metric.count())) {
      robust =
          Robustness.analyze(
              info, plan, series, Sweep.rows(index, tasks), RobustnessOptions.defaults());
    }
    RobustnessFiles.write(dir, info, robust);
    Map<Long, Map<String, Double>> byRow = new HashMap<>();
    for (RowFigures f : robust.rows()) {
      byRow.put(RobustnessFiles.key(f.row().symbol(), f.row().combination()), f.figures());
    }
    Map<String, Map<String, Double>> figures = ConfigExport.figuresByConfig(info, report, byRow);
    String summary = report.summary() + robustnessSection(info, spec, report, robust, figures);
    AtomicFile.writeUnchecked(
        dir.resolve("summary.txt"), out -> out.write(summary.getBytes(StandardCharsets.UTF_8)));
    report =
        new SweepReport.Outcome(
            report.ranked(), report.evaluations(), report.failures(), summary, report.validation());
    List<Path> configs =
        ConfigExport.write(dir.resolve("configs"), info, report, spec.top(), figures);
    return new Written(report, configs);
  }

  /**
   * The summary's robustness part: PBO per series with its reading, the selection, and for each
   * config to be exported its objective (in and out of sample when validated), DSR and plateau
   * ratio side by side.
   */
  private static String robustnessSection(
      SweepInfo info,
      SweepSpec spec,
      SweepReport.Outcome report,
      RobustnessReport robust,
      Map<String, Map<String, Double>> figures) {
    StringBuilder s = new StringBuilder("\nrobustness:\n");
    for (String line : RobustnessFiles.summaryLines(robust)) {
      s.append("  ").append(line).append('\n');
    }
    String objective = info.objective().metric().key();
    boolean validated = report.validation() != null;
    s.append(
        String.format(
            Locale.ROOT,
            "%nexported configs:%nrank  %-16s %-20s %12s %12s %7s %8s%n",
            "symbol",
            "strategy",
            validated ? "IS " + objective : objective,
            validated ? "OOS " + objective : "",
            "DSR",
            "plateau"));
    int k =
        Math.min(
            spec.top(), validated ? report.validation().ranked().size() : report.ranked().size());
    for (int i = 0; i < k; i++) {
      int symbol;
      int combination;
      double is;
      double oos = Double.NaN;
      SeriesId series;
      if (validated) {
        ValidatedConfig v = report.validation().ranked().get(i);
        symbol = v.symbol();
        combination = v.combination();
        is = v.inSample()[info.objective().metric().ordinal()];
        oos = v.outOfSample()[info.objective().metric().ordinal()];
        series = info.validation().symbols().get(symbol).series();
      } else {
        ResultRow row = report.ranked().get(i);
        symbol = row.symbol();
        combination = row.combination();
        is = info.objective().value(row);
        series = info.symbols().get(symbol).series();
      }
      Map<String, Double> f =
          figures.getOrDefault(ConfigExport.rowKey(series, combination), Map.of());
      s.append(
          String.format(
              Locale.ROOT,
              "%4d  %-16s %-20s %12.4f %12s %7s %8s%n",
              i + 1,
              series.toString(),
              info.strategies().get(info.combination(combination).strategy()).strategy().name(),
              is,
              validated ? String.format(Locale.ROOT, "%.4f", oos) : "",
              format(f.get("dsr")),
              format(f.get("plateau_ratio"))));
    }
    return s.toString();
  }

  private static String format(Double v) {
    return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
