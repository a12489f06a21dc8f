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
import dev.nightjar.optimizer.spec.RankBy;
import dev.nightjar.optimizer.spec.SweepSpec;
import dev.nightjar.optimizer.validation.ValidatedConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A complete sweep's outputs, from its results log: the reports ({@code results.csv}, {@code
 * top.csv}, {@code summary.txt}, and {@code oos.csv} when validated), the robustness analysis
 * ({@code robustness.csv}, {@code pbo.json}, {@code selection.csv}, {@code returns.bin}), and the
 * strategy configs carrying their robustness figures. The robustness lines and a table of the
 * exported configs' objective, DSR and plateau ratio are appended to the summary.
 *
 * <p>For a validated sweep, whose rows are the folds' train windows, each fold that last selected
 * an exported config is analyzed over its own train windows, and the config gets the figures of the
 * row its in-sample metrics come from. The files and PBO lines describe the last fold's training,
 * the one a live deployment follows.
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
    Analysis all =
        validatedPlateau(spec, info) ? analyze(dir, 0, info, plan, series, tasks, null) : null;
    info = all == null ? info : withPlateauOrder(info, all.byRow());
    SweepReport.Outcome report;
    try (LogIndex index = LogIndex.scan(log, Metric.count())) {
      report =
          rebuild
              ? SweepReport.rebuild(dir, info, Sweep.rows(index, tasks), stats)
              : SweepReport.write(dir, info, Sweep.rows(index, tasks), stats);
    }
    Analysis a = all != null ? all : analyze(dir, spec.top(), info, plan, series, tasks, report);
    RobustnessFiles.write(dir, a.info(), a.last());
    report = ranked(spec, info, report, a.byRow());
    Map<String, Map<String, Double>> figures =
        ConfigExport.figuresByConfig(info, report, a.byRow());
    String summary = report.summary() + robustnessSection(info, spec, report, a.last(), figures);
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
   * The first {@code k} configs of a complete sweep in {@code dir}, with their robustness figures
   * (recomputed, as {@link #write} computes them), written to {@code configsDir} ({@code nightjar
   * export}).
   */
  public static List<Path> exportConfigs(
      Path dir,
      Path configsDir,
      SweepSpec spec,
      SweepInfo info,
      SweepPlan plan,
      List<BarSeries> series,
      int tasks,
      int k) {
    Path log = dir.resolve(Sweep.LOG_FILE);
    Analysis all =
        validatedPlateau(spec, info) ? analyze(dir, 0, info, plan, series, tasks, null) : null;
    info = all == null ? info : withPlateauOrder(info, all.byRow());
    SweepReport.Outcome report;
    try (LogIndex index = LogIndex.scan(log, Metric.count())) {
      report =
          ConfigExport.outcome(
              info,
              Sweep.rows(index, tasks),
              Math.max(k, Math.max(spec.top(), SweepReport.MIN_TOP_ROWS)));
    }
    Analysis a = all != null ? all : analyze(dir, k, info, plan, series, tasks, report);
    report = ranked(spec, info, report, a.byRow());
    return ConfigExport.write(
        configsDir, info, report, k, ConfigExport.figuresByConfig(info, report, a.byRow()));
  }

  /**
   * The robustness analysis: figures by row ({@link RobustnessFiles#key}), and the report and sweep
   * identity of the last (or only) fold, for the files and the PBO lines.
   */
  private record Analysis(
      Map<Long, Map<String, Double>> byRow, RobustnessReport last, SweepInfo info) {}

  /**
   * Analyzes the sweep; a validated sweep's rows are train windows, fold-major, and each fold that
   * last selected one of the first {@code k} configs is analyzed as a sweep of its own over that
   * fold's windows, as is the last fold (the training a live deployment follows); every fold when
   * {@code report} is null (the configs are not ranked yet).
   */
  private static Analysis analyze(
      Path dir,
      int k,
      SweepInfo info,
      SweepPlan plan,
      List<BarSeries> series,
      int tasks,
      SweepReport.Outcome report) {
    int symbols = info.validation() == null ? series.size() : info.validation().symbols().size();
    TreeSet<Integer> folds = new TreeSet<>(List.of(series.size() / symbols - 1));
    if (report == null) {
      for (int f = 0; f < series.size() / symbols; f++) {
        folds.add(f);
      }
    } else if (report.validation() != null) {
      List<ValidatedConfig> ranked = report.validation().ranked();
      for (int i = 0; i < Math.min(k, ranked.size()); i++) {
        folds.add(ranked.get(i).inSampleFold() - 1);
      }
    }
    Path log = dir.resolve(Sweep.LOG_FILE);
    int trials = AdaptiveSweep.trials(dir);
    Map<Long, Map<String, Double>> byRow = new HashMap<>();
    RobustnessReport robust = null;
    SweepInfo analyzed = null;
    for (int fold : folds) {
      int first = fold * symbols;
      analyzed = info.validation() == null ? info : fold(info, first, symbols);
      try (LogIndex index = LogIndex.scan(log, Metric.count())) {
        robust =
            Robustness.analyze(
                analyzed,
                plan,
                series.subList(first, first + symbols),
                () -> new FoldRows(Sweep.rows(index, tasks), first, symbols),
                RobustnessOptions.defaults(),
                trials);
      }
      for (RowFigures f : robust.rows()) {
        byRow.put(
            RobustnessFiles.key(first + f.row().symbol(), f.row().combination()), f.figures());
      }
    }
    return new Analysis(byRow, robust, analyzed);
  }

  /**
   * The report's ranking for export (also {@code nightjar export --min-dsr/--max-corr}'s order): as
   * is, or for {@code rankBy: plateau} (a sweep without validation) its analyzed rows, figures by
   * {@link RobustnessFiles#key}, by plateau objective, ratio × objective = the mean objective of
   * the ±1-step neighbourhood, best first (ties keep the objective's order), then the rest.
   */
  public static SweepReport.Outcome ranked(
      SweepSpec spec,
      SweepInfo info,
      SweepReport.Outcome report,
      Map<Long, Map<String, Double>> byRow) {
    if (spec.rankBy() != RankBy.PLATEAU || report.validation() != null) {
      return report;
    }
    List<ResultRow> withFigures = new ArrayList<>();
    List<ResultRow> rest = new ArrayList<>();
    for (ResultRow row : report.ranked()) {
      Double ratio =
          byRow
              .getOrDefault(RobustnessFiles.key(row.symbol(), row.combination()), Map.of())
              .get("plateau_ratio");
      (ratio == null || ratio.isNaN() ? rest : withFigures).add(row);
    }
    ToDoubleFunction<ResultRow> plateau =
        row ->
            byRow.get(RobustnessFiles.key(row.symbol(), row.combination())).get("plateau_ratio")
                * info.objective().value(row);
    Comparator<ResultRow> order = Comparator.comparingDouble(plateau);
    withFigures.sort(info.objective().maximize() ? order.reversed() : order);
    withFigures.addAll(rest);
    return new SweepReport.Outcome(
        withFigures, report.evaluations(), report.failures(), report.summary(), null);
  }

  private static boolean validatedPlateau(SweepSpec spec, SweepInfo info) {
    return spec.rankBy() == RankBy.PLATEAU && info.validation() != null;
  }

  /**
   * A validated sweep ranked for {@code rankBy: plateau}: by plateau objective (plateau ratio × the
   * in-sample objective, on the train window of the fold that last selected the config: the mean
   * objective of its ±1-step neighbourhood there), best first, configs without a figure after, ties
   * by the out-of-sample order.
   */
  private static SweepInfo withPlateauOrder(SweepInfo info, Map<Long, Map<String, Double>> byRow) {
    int symbols = info.validation().symbols().size();
    int metric = info.objective().metric().ordinal();
    ToDoubleFunction<ValidatedConfig> plateau =
        v -> {
          int unit = (v.inSampleFold() - 1) * symbols + v.symbol();
          Double ratio =
              byRow
                  .getOrDefault(RobustnessFiles.key(unit, v.combination()), Map.of())
                  .get("plateau_ratio");
          return ratio == null ? Double.NaN : ratio * v.inSample()[metric];
        };
    boolean maximize = info.objective().maximize();
    Comparator<ValidatedConfig> byPlateau =
        (a, b) -> {
          double x = plateau.applyAsDouble(a);
          double y = plateau.applyAsDouble(b);
          if (Double.isNaN(x) != Double.isNaN(y)) {
            return Double.isNaN(x) ? 1 : -1;
          }
          return maximize ? Double.compare(y, x) : Double.compare(x, y);
        };
    return info.withValidation(
        info.validation()
            .withPlateauOrder(
                byPlateau.thenComparing(ValidatedConfig.byOutOfSample(info.objective()))));
  }

  /** The sweep over one fold's train windows (units {@code first..first + n}), unvalidated. */
  private static SweepInfo fold(SweepInfo info, int first, int n) {
    return new SweepInfo(
        info.name(),
        info.sweepId(),
        info.specHash(),
        info.nightjarVersion(),
        info.createdAt(),
        info.symbols().subList(first, first + n),
        info.strategies(),
        info::combination,
        info.objective(),
        info.filters(),
        info.top());
  }

  /** The rows of units {@code first..first + n}, renumbered from 0. */
  private static final class FoldRows implements Iterator<ResultRow> {
    private final Iterator<ResultRow> rows;
    private final int first;
    private final int n;
    private ResultRow next;

    FoldRows(Iterator<ResultRow> rows, int first, int n) {
      this.rows = rows;
      this.first = first;
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      while (next == null && rows.hasNext()) {
        ResultRow r = rows.next();
        if (r.symbol() >= first && r.symbol() < first + n) {
          next = new ResultRow(r.symbol() - first, r.combination(), r.metrics(), r.error());
        }
      }
      return next != null;
    }

    @Override
    public ResultRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ResultRow r = next;
      next = null;
      return r;
    }
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
    StringBuilder s =
        new StringBuilder(
            report.validation() == null
                ? "\nrobustness:\n"
                : "\nrobustness (PBO and selection over the last fold's train windows):\n");
    for (String line : RobustnessFiles.summaryLines(robust)) {
      s.append("  ").append(line).append('\n');
    }
    String objective = info.objective().metric().key();
    boolean validated = report.validation() != null;
    s.append(
        String.format(
            Locale.ROOT,
            "%nexported configs:%nrank  %-16s %-20s %12s%s %7s %8s%n",
            "symbol",
            "strategy",
            validated ? "IS " + objective : objective,
            validated ? String.format(Locale.ROOT, " %12s", "OOS " + objective) : "",
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
              "%4d  %-16s %-20s %12.4f%s %7s %8s%n",
              i + 1,
              series.toString(),
              info.strategies().get(info.combination(combination).strategy()).strategy().name(),
              is,
              validated ? String.format(Locale.ROOT, " %12.4f", oos) : "",
              format(f.get("dsr")),
              format(f.get("plateau_ratio"))));
    }
    return s.toString();
  }

  private static String format(Double v) {
    return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
