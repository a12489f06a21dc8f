package dev.nightjar.cli;

import dev.nightjar.optimizer.export.ConfigExport;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.run.Sweep;
import dev.nightjar.optimizer.run.log.LogIndex;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightjar export}: strategy configs for the live runner from a finished sweep. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the top K ranked strategy configs (schema nightjar.strategy-config/1) of a finished"
            + " sweep.",
    footer = {
      "%nExample:%n  nightjar export runs/demo-sweep-20261126-040000 --top 5 --out live/",
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

  @Override
  public Integer call() {
    if (top < 1 || top > 1000) {
      throw new IllegalArgumentException("--top must be in [1, 1000], got " + top);
    }
    SweepInfo info = RunFolder.open(dir, spec, this, global());
    List<Path> configs;
    try (LogIndex index = Sweep.completeLog(dir, info)) {
      configs =
          ConfigExport.export(
              (out != null ? out : dir).resolve("configs"),
              info,
              Sweep.rows(index, index.completed().cardinality()),
              top);
    }
    configs.forEach(p -> out().println(p));
    out().flush();
    note("Exported %d configs", configs.size());
    return ExitCodes.OK;
  }
}
