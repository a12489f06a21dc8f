package dev.nightjar.cli;

import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.cache.CacheHeader;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nightjar data list}: what the cache holds. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List cached series: symbol, timeframe, bars, range and file size.",
    footerHeading = "%nExample:%n",
    footer = {"  nightjar data list --json", ExitCodes.HELP})
final class DataListCommand extends BaseCommand {
  @Option(names = "--json", description = "print the list as JSON")
  boolean json;

  @Override
  public Integer call() {
    List<CacheHeader> entries = global().cache().list();
    if (json) {
      printJson(entries);
      return ExitCodes.OK;
    }
    if (entries.isEmpty()) {
      out().println("The cache at " + global().cache().dir() + " is empty.");
      out().println("Run 'nightjar demo' for demo data, or 'nightjar data import FILE ...'.");
      out().flush();
      return ExitCodes.OK;
    }
    TextTable table = new TextTable("symbol", "timeframe", "bars", "from", "to", "size");
    for (CacheHeader h : entries) {
      table.row(
          h.id().symbol(),
          h.id().timeframe(),
          Formats.count(h.count()),
          h.count() == 0 ? "-" : TimeFormat.iso(h.firstTime()),
          h.count() == 0 ? "-" : TimeFormat.iso(h.lastTime()),
          Formats.bytes(h.fileSize()));
    }
    table.print(out());
    return ExitCodes.OK;
  }
}
