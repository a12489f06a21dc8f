package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.io.Format;
import dev.nightjar.data.io.Gaps;
import dev.nightjar.data.io.ImportResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code data import --json} prints: the import's outcome without the bars. */
record ImportSummary(
    String id,
    String file,
    String format,
    int bars,
    long firstTime,
    long lastTime,
    long rowsRead,
    int exactDuplicatesDropped,
    int conflictsResolved,
    int invalidDropped,
    List<String> invalidSamples,
    Gaps gaps,
    int filledBars) {

  static ImportSummary of(Path file, SeriesId id, ImportResult r) {
    BarSeries s = r.series();
    return new ImportSummary(
        id.toString(),
        file.toString(),
        formatName(r.format()),
        s.size(),
        s.firstTime(),
        s.lastTime(),
        r.rowsRead(),
        r.exactDuplicatesDropped(),
        r.conflictsResolved(),
        r.invalidDropped(),
        r.invalidSamples(),
        r.gaps(),
        r.filledBars());
  }

  /** The format as the user writes it after {@code --format}. */
  static String formatName(Format format) {
    return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
