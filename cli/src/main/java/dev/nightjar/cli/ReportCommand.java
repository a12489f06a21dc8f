package dev.nightjar.cli;

import dev.nightjar.optimizer.report.SweepReport;
import dev.nightjar.optimizer.run.Outputs;
import dev.nightjar.optimizer.run.Sweep;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.search.SweepPlan;
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
      "Rebuild results.csv, top.csv, summary.txt, oos.csv (validated sweeps), the robustness files"
          + " and the configs of a finished sweep from its results log, and add"
          + " best-per-symbol.csv and marginals.csv (per strategy, parameter and value:"
          + " evaluations, mean and best objective)."
    },
    footer = {"%nExample:%n  nightjar report runs/demo-sweep-20261126-040000", ExitCodes.HELP})
final class ReportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "the sweep's run folder")
  Path dir;

  @Option(names = "--spec", paramLabel = "SPEC.json", description = "the spec, if it moved")
  Path spec;

  @Override
  public Integer call() {
    RunFolder.Opened run = RunFolder.openFully(dir, spec, this, global());
    int tasks;
    try (LogIndex index = Sweep.completeLog(dir, run.info())) {
      tasks = index.completed().cardinality();
    }
    Outputs.Written written =
        Outputs.write(
            dir,
            run.spec(),
            run.info(),
            SweepPlan.plan(run.spec()),
            run.evaluated(),
            tasks,
            null,
            true);
    SweepReport.Outcome report = written.report();
    List<Path> configs = written.configs();
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
