package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.io.CsvExport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightjar data export}: cached data to CSV that round-trips exactly. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write cached data as CSV: timestamp_ms,open,high,low,close,volume.",
      "Values are written so that they read back to the identical doubles."
    },
    footerHeading = "%nExample:%n",
    footer = {"  nightjar data export BTCUSDT:1h --out btc-1h.csv", ExitCodes.HELP})
final class DataExportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SYM:TF|FILE", description = "cached data or a .bars file")
  String data;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "output file")
  Path out;

  @Override
  public Integer call() throws Exception {
    BarSeries series = global().cache().loadRef(data);
    CsvExport.write(series, out);
    note("Wrote %s bars of %s to %s", Formats.count(series.size()), series.id(), out);
    return ExitCodes.OK;
  }
}
