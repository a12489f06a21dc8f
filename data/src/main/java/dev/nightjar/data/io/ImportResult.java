package dev.nightjar.data.io;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;
import java.util.List;

/**
 * What an import produced and what it had to do to get there.
 *
 * @param series the bars, ascending, gaps filled when asked
 * @param format the format read (detected or forced)
 * @param rowsRead data rows in the file (header and blank lines excluded)
 * @param exactDuplicatesDropped rows identical in time and OHLCV to an earlier row, dropped
 * @param conflictsResolved rows dropped by the duplicate policy (same time, different values)
 * @param invalidDropped bad rows dropped ({@code dropInvalid})
 * @param invalidSamples messages of the first dropped bad rows
 * @param gaps the gaps of the imported bars (before filling)
 * @param filledBars flat bars inserted into gaps
 */
public record ImportResult(
    BarSeries series,
    Format format,
    long rowsRead,
    int exactDuplicatesDropped,
    int conflictsResolved,
    int invalidDropped,
    List<String> invalidSamples,
    Gaps gaps,
    int filledBars) {
  public ImportResult {
    Checks.notNull(series, "series");
    Checks.notNull(format, "format");
    invalidSamples = List.copyOf(Checks.notNull(invalidSamples, "invalidSamples"));
    Checks.notNull(gaps, "gaps");
  }
}
