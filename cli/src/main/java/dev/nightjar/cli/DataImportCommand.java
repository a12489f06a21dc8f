package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.io.DuplicatePolicy;
import dev.nightjar.data.io.Format;
import dev.nightjar.data.io.ImportOptions;
import dev.nightjar.data.io.ImportResult;
import dev.nightjar.data.io.Importer;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightjar data import}: a file into the cache, validated, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import an OHLCV file into the cache as SYM:TF.",
      "Formats (auto-detected): CSV with a header (time as epoch s/ms/us/ns or ISO-8601),"
          + " Binance kline CSV, JSON array of arrays, JSON objects (Coinbase, ta4j),"
          + " CryptoDataDownload CSV.",
      "Rows are sorted; exact duplicates are dropped; a bad row stops the import naming file,"
          + " line, column and value. A failed import leaves the cache as it was."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar data import btc-1h.csv --symbol BTCUSDT --timeframe 1h",
      "  nightjar data import cdd.csv --symbol BTCUSDT --timeframe 1h --on-duplicate keep-last",
      "  nightjar data import klines.csv --symbol ETHUSDT --timeframe 1m --fill-gaps",
      ExitCodes.HELP
    })
final class DataImportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
  Path file;

  @Option(names = "--symbol", required = true, description = "symbol to store it as, e.g. BTCUSDT")
  Symbol symbol;

  @Option(
      names = "--timeframe",
      required = true,
      description = "bar length: 1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w")
  Timeframe timeframe;

  @Option(
      names = "--format",
      converter = FormatConverter.class,
      description = "force a format: csv, binance, json, json-objects, cryptodatadownload")
  Format format;

  @Option(
      names = "--on-duplicate",
      converter = DuplicatePolicyConverter.class,
      defaultValue = "error",
      description =
          "rows with the same time but different values: error (default), keep-first or"
              + " keep-last (in file order)")
  DuplicatePolicy onDuplicate;

  @Option(names = "--fill-gaps", description = "fill missing bars with flat bars (volume 0)")
  boolean fillGaps;

  @Option(names = "--drop-invalid", description = "drop and count invalid rows instead of failing")
  boolean dropInvalid;

  @Option(names = "--json", description = "print the import summary as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SeriesId id = new SeriesId(symbol, timeframe);
    ImportResult result =
        Importer.importFile(
            file, id, new ImportOptions(format, onDuplicate, fillGaps, dropInvalid));
    BarSeries series = result.series();
    if (series.isEmpty()) {
      throw new DataException(file, "no rows to import");
    }
    global().cache().store(series);
    if (json) {
      printJson(ImportSummary.of(file, id, result));
      return ExitCodes.OK;
    }
    out()
        .printf(
            "Imported %s bars of %s (%s .. %s) from %s [%s]%n",
            Formats.count(series.size()),
            id,
            TimeFormat.iso(series.firstTime()),
            TimeFormat.iso(series.lastTime()),
            file,
            ImportSummary.formatName(result.format()));
    if (result.exactDuplicatesDropped() > 0) {
      out()
          .printf(
              "  dropped %s exact duplicate rows%n",
              Formats.count(result.exactDuplicatesDropped()));
    }
    if (result.conflictsResolved() > 0) {
      out()
          .printf(
              "  resolved %s conflicting duplicates (%s)%n",
              Formats.count(result.conflictsResolved()), Enums.label(onDuplicate));
    }
    if (result.invalidDropped() > 0) {
      out().printf("  dropped %s invalid rows, e.g.:%n", Formats.count(result.invalidDropped()));
      result.invalidSamples().forEach(s -> out().println("    " + s));
    }
    GapLines.print(out(), result.gaps(), result.filledBars());
    out().flush();
    return ExitCodes.OK;
  }
}
