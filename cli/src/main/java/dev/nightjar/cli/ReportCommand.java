package dev.nightjar.cli;

import dev.nightjar.optimizer.export.ConfigExport;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.report.SweepReport;
import dev.nightjar.optimizer.run.Sweep;
import dev.nightjar.optimizer.run.log.LogIndex;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightjar report}: rebuild a sweep's reports from its results log. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild results.csv, top.csv, summary.txt and the configs of a finished sweep from its"
          + " results log, and add best-per-symbol.csv and marginals.csv (per strategy, parameter"
          + " and value: evaluations, mean and best objective)."
    },
    footer = {"%nExample:%n  nightjar report runs/demo-sweep-20261126-040000", ExitCodes.HELP})
final class ReportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "the sweep's run folder")
  Path dir;

  @Option(names = "--spec", paramLabel = "SPEC.json", description = "the spec, if it moved")
  Path spec;

  @Override
  public Integer call() {
    SweepInfo info = RunFolder.open(dir, spec, this, global());
    SweepReport.Outcome report;
    try (LogIndex index = Sweep.completeLog(dir, info)) {
      report =
          SweepReport.rebuild(dir, info, Sweep.rows(index, index.completed().cardinality()), null);
    }
    List<Path> configs = ConfigExport.write(dir.resolve("configs"), info, report, info.top());
    out().print(report.summary());
    out()
        .printf(
            "%nRebuilt %s: results.csv, top.csv, summary.txt, best-per-symbol.csv, marginals.csv and"
                + " %d configs%n",
            dir, configs.size());
    out().flush();
    return ExitCodes.OK;
  }
}
