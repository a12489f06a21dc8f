package dev.nightjar.cli;

import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.io.Format;
import dev.nightjar.data.validate.ValidationReport;
import dev.nightjar.data.validate.Validator;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightjar data validate}: a quality report on cached data or a raw file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Report on data quality: rows, range, gaps, duplicates, OHLC violations, zero-volume bars"
          + " and suspicious spikes (|log return| > 10 rolling MADs), each with timestamps.",
      "Exits 0 when clean or with warnings only, 3 when it finds errors."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar data validate BTCUSDT:1h",
      "  nightjar data validate raw-export.csv --json",
      ExitCodes.HELP
    })
final class DataValidateCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SYM:TF|FILE", description = "cached data or a file")
  String data;

  @Option(
      names = "--timeframe",
      description = "bar length of a FILE (default: inferred from the most common spacing)")
  Timeframe timeframe;

  @Option(
      names = "--format",
      converter = FormatConverter.class,
      description = "force the format of a FILE")
  Format format;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ValidationReport report =
        SeriesId.looksLikeId(data) || data.endsWith(Cache.SUFFIX)
            ? Validator.validate(global().cache().loadRef(data))
            : Validator.validateFile(Path.of(data), timeframe, format);
    if (json) {
      printJson(report);
    } else {
      out().print(report.toText());
      out().flush();
    }
    return report.errorCount() > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }
}
