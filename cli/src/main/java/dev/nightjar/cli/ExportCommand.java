package dev.nightjar.cli;

import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.export.ConfigExport;
import dev.nightjar.optimizer.report.Ranking;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.report.SweepReport;
import dev.nightjar.optimizer.robust.sweep.ReturnsFile;
import dev.nightjar.optimizer.robust.sweep.ReturnsTable;
import dev.nightjar.optimizer.robust.sweep.RobustFilter;
import dev.nightjar.optimizer.robust.sweep.Robustness;
import dev.nightjar.optimizer.robust.sweep.RobustnessFiles;
import dev.nightjar.optimizer.robust.sweep.RobustnessOptions;
import dev.nightjar.optimizer.robust.sweep.RobustnessReport;
import dev.nightjar.optimizer.run.Outputs;
import dev.nightjar.optimizer.run.Sweep;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.search.SweepPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nightjar export}: strategy configs for the live runner from a finished sweep, optionally
 * only those that pass the robustness tests. The figures come from the run folder's {@code
 * robustness.csv} and {@code returns.bin}; when they are missing they are computed (re-running the
 * top rows, see {@link Robustness}) and written there first.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the top K ranked strategy configs (schema nightjar.strategy-config/1) of a finished"
          + " sweep.",
      "With --min-dsr and/or --max-corr, only configs that pass: deflated Sharpe ratio >= X, and"
          + " daily-return correlation <= Y with every config exported before it. Dropped configs"
          + " are listed on stderr with the reason."
    },
    footer = {
      "%nExamples:%n  nightjar export runs/demo-sweep-20261126-040000 --top 5 --out live/",
      "  nightjar export runs/demo-sweep-20261126-040000 --top 5 --min-dsr 0.95 --max-corr 0.7",
      ExitCodes.HELP
    })
final class ExportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "the sweep's run folder")
  Path dir;

  @Option(names = "--top", paramLabel = "K", required = true, description = "how many configs")
  int top;

  @Option(
      names = "--out",
      paramLabel = "DIR2",
      description = "where configs/ goes (default: the run folder)")
  Path out;

  @Option(names = "--spec", paramLabel = "SPEC.json", description = "the spec, if it moved")
  Path spec;

  @Option(
      names = "--min-dsr",
      paramLabel = "X",
      description = "drop configs whose deflated Sharpe ratio is below X (e.g. 0.95)")
  Double minDsr;

  @Option(
      names = "--max-corr",
      paramLabel = "Y",
      description =
          "drop configs whose returns correlate above Y with one exported before (e.g. 0.7)")
  Double maxCorr;

  @Override
  public Integer call() {
    if (top < 1 || top > 1000) {
      throw new IllegalArgumentException("--top must be in [1, 1000], got " + top);
    }
    if (minDsr != null && !(minDsr >= 0 && minDsr <= 1)) {
      throw new IllegalArgumentException("--min-dsr must be in [0, 1], got " + minDsr);
    }
    if (maxCorr != null && !(maxCorr >= -1 && maxCorr <= 1)) {
      throw new IllegalArgumentException("--max-corr must be in [-1, 1], got " + maxCorr);
    }
    Path configsDir = (out != null ? out : dir).resolve("configs");
    List<Path> configs;
    if (minDsr == null && maxCorr == null) {
      RunFolder.Opened run = RunFolder.openFully(dir, spec, this, global());
      int tasks;
      try (LogIndex index = Sweep.completeLog(dir, run.info())) {
        tasks = index.completed().cardinality();
      }
      configs =
          Outputs.exportConfigs(
              dir,
              configsDir,
              run.spec(),
              run.info(),
              SweepPlan.plan(run.spec()),
              run.evaluated(),
              tasks,
              top);
    } else {
      configs = exportRobust(configsDir);
    }
    configs.forEach(p -> out().println(p));
    out().flush();
    note("Exported %d configs", configs.size());
    return ExitCodes.OK;
  }

  private List<Path> exportRobust(Path configsDir) {
    RunFolder.Opened run = RunFolder.openFully(dir, spec, this, global());
    SweepInfo info = run.info();
    if (info.validation() != null) {
      throw new IllegalArgumentException(
          "--min-dsr and --max-corr filter sweeps without validation for now; a validated sweep's"
              + " configs carry their robustness figures (robustness.csv): export without them");
    }
    Map<Long, Map<String, Double>> figures;
    ReturnsTable returns;
    if (Files.exists(dir.resolve(RobustnessFiles.ROBUSTNESS))
        && Files.exists(dir.resolve(ReturnsFile.NAME))) {
      figures = RobustnessFiles.readFigures(dir);
      returns = ReturnsFile.read(dir.resolve(ReturnsFile.NAME));
    } else {
      note("No robustness figures in %s yet: computing them (re-runs the top configs)", dir);
      RobustnessReport report;
      try (LogIndex index = Sweep.completeLog(dir, info)) {
        report =
            Robustness.analyze(
                info,
                SweepPlan.plan(run.spec()),
                run.series(),
                () -> Sweep.rows(index, index.completed().cardinality()),
                RobustnessOptions.defaults());
      }
      RobustnessFiles.write(dir, info, report);
      RobustnessFiles.summaryLines(report).forEach(line -> note("%s", line));
      figures = RobustnessFiles.readFigures(dir);
      returns = report.returns();
    }
    List<ResultRow> ranked;
    try (LogIndex index = Sweep.completeLog(dir, info)) {
      Ranking ranking = new Ranking(info, Math.max(figures.size(), top));
      Sweep.rows(index, index.completed().cardinality()).forEachRemaining(ranking::offer);
      ranked =
          Outputs.ranked(
                  run.spec(), info, new SweepReport.Outcome(ranking.best(), 0, 0, ""), figures)
              .ranked();
    }
    RobustFilter.Outcome outcome =
        RobustFilter.apply(
            ranked,
            figures,
            returns,
            minDsr == null ? Double.NaN : minDsr,
            maxCorr == null ? Double.NaN : maxCorr,
            top);
    for (RobustFilter.Dropped d : outcome.dropped()) {
      err().printf("dropped rank %d %s: %s%n", d.rank(), describe(info, d.row()), d.reason());
    }
    for (int i = 0; i < outcome.kept().size(); i++) {
      note("kept rank %d %s", outcome.keptRanks().get(i), describe(info, outcome.kept().get(i)));
    }
    err().flush();
    if (outcome.kept().size() < top) {
      note(
          "Only %d of the %d analyzed configs passed the robustness tests",
          outcome.kept().size(), figures.size());
    }
    SweepReport.Outcome kept = new SweepReport.Outcome(outcome.kept(), 0, 0, "");
    return ConfigExport.write(
        configsDir, info, kept, top, ConfigExport.figuresByConfig(info, kept, figures));
  }

  /** {@code DEMO-BTC:1h sma-cross fast=10;slow=50}. */
  private static String describe(SweepInfo info, ResultRow row) {
    return info.symbols().get(row.symbol()).series()
        + " "
        + info.strategies().get(info.combination(row.combination()).strategy()).name()
        + " "
        + RobustnessFiles.params(info, row.combination());
  }
}
