package dev.nightjar.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports an OHLCV file into a {@link BarSeries}: detects (or is told) the {@link Format}, reads
 * the rows into primitive columns, checks every row ({@link BarCheck}), sorts by open time,
 * resolves duplicates, reports gaps and optionally fills them.
 *
 * <p>Duplicates: rows with the same open time and bit-identical OHLCV are dropped and counted; rows
 * with the same open time and different values are resolved by {@link DuplicatePolicy}.
 */
public final class Importer {
  /** Gaps listed in an {@link ImportResult}. */
  public static final int GAPS_LISTED = 10;

  /** Bad-row messages kept in an {@link ImportResult}. */
  public static final int INVALID_SAMPLES = 5;

  private static final JsonFactory JSON = new JsonFactory();

  private Importer() {}

  /**
   * Imports {@code file} as the series {@code id} (whose timeframe the rows must be aligned to).
   *
   * @throws DataException for a bad row (unless {@code dropInvalid}), no valid row, a conflicting
   *     duplicate (under {@link DuplicatePolicy#ERROR}), malformed JSON or an unreadable file
   */
  public static ImportResult importFile(Path file, SeriesId id, ImportOptions options) {
    Checks.notNull(file, "file");
    Checks.notNull(id, "id");
    Checks.notNull(options, "options");
    Format format = options.formatOrNull() != null ? options.formatOrNull() : detect(file);
    RawRows rows = new RawRows(file, id.timeframe(), true, !options.dropInvalid());
    read(file, format, rows);
    if (rows.size() == 0) {
      throw new DataException(
          file,
          rows.rowsRead() == 0
              ? "no data rows"
              : "no valid rows (" + rows.rejected() + " of " + rows.rowsRead() + " dropped)");
    }
    return assemble(rows, id, format, options);
  }

  /**
   * Reads every row leniently for validation: rows that cannot be parsed are rejected and kept as
   * samples, never thrown; {@link BarCheck} is not applied. JSON close times become {@code
   * closeTime + 1}; the caller subtracts the timeframe once known ({@link
   * RawRows#hasUnshiftedCloseTimes}).
   *
   * @return the rows in file order
   */
  public static RawRows readLenient(Path file, Format formatOrNull) {
    Checks.notNull(file, "file");
    Format format = formatOrNull != null ? formatOrNull : detect(file);
    RawRows rows = new RawRows(file, null, false, false);
    read(file, format, rows);
    return rows;
  }

  /** Sniffs the format of {@code file} from its first 4 KiB ({@link Format#detect}). */
  public static Format detect(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4096);
      return Format.detect(head, head.length);
    } catch (IOException e) {
      throw new DataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static void read(Path file, Format format, RawRows rows) {
    try {
      switch (format) {
        case CSV, BINANCE, CRYPTODATADOWNLOAD -> CsvReader.read(file, format, rows);
        case JSON_ARRAY, JSON_OBJECTS -> {
          try (JsonParser p = JSON.createParser(file.toFile())) {
            if (format == Format.JSON_ARRAY) {
              JsonArrayReader.read(file, p, rows);
            } else {
              JsonObjectsReader.read(file, p, rows);
            }
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw new DataException(
          file,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          null,
          null,
          "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static ImportResult assemble(
      RawRows rows, SeriesId id, Format format, ImportOptions options) {
    int[] order = rows.sortedOrder();
    int n = order.length;
    long[] time = new long[n];
    int[] keep = new int[n];
    int kept = 0;
    int exact = 0;
    int conflicts = 0;
    for (int start = 0; start < n; ) {
      long t = rows.time(order[start]);
      int end = start + 1;
      while (end < n && rows.time(order[end]) == t) {
        end++;
      }
      int distinctFirst = -1;
      for (int k = start; k < end; k++) {
        if (isCopyOfEarlier(rows, order, start, k)) {
          exact++;
        } else if (distinctFirst < 0) {
          distinctFirst = order[k];
        } else {
          if (options.onDuplicate() == DuplicatePolicy.ERROR) {
            throw conflict(rows, distinctFirst, order[k]);
          }
          conflicts++;
        }
      }
      time[kept] = t;
      keep[kept++] =
          options.onDuplicate() == DuplicatePolicy.KEEP_LAST ? order[end - 1] : order[start];
      start = end;
    }
    Timeframe tf = id.timeframe();
    Gaps gaps = Gaps.find(time, kept, tf, GAPS_LISTED);
    long filled = options.fillGaps() ? gaps.missingBars() : 0;
    if (kept + filled > Integer.MAX_VALUE - 8) {
      throw new DataException(rows.file(), "filling the gaps would need " + filled + " bars");
    }
    int size = (int) (kept + filled);
    long[] ts = new long[size];
    double[] o = new double[size];
    double[] h = new double[size];
    double[] l = new double[size];
    double[] c = new double[size];
    double[] v = new double[size];
    int j = 0;
    for (int i = 0; i < kept; i++) {
      int r = keep[i];
      if (filled > 0 && i > 0) {
        double prev = c[j - 1];
        for (long fill = time[i - 1] + tf.millis(); fill < time[i]; fill += tf.millis()) {
          ts[j] = fill;
          o[j] = prev;
          h[j] = prev;
          l[j] = prev;
          c[j] = prev;
          v[j] = 0;
          j++;
        }
      }
      ts[j] = time[i];
      o[j] = rows.open(r);
      h[j] = rows.high(r);
      l[j] = rows.low(r);
      c[j] = rows.close(r);
      v[j] = rows.volume(r);
      j++;
    }
    List<String> samples = new ArrayList<>();
    for (DataException e : rows.rejectedSamples()) {
      if (samples.size() < INVALID_SAMPLES) {
        samples.add(e.getMessage());
      }
    }
    return new ImportResult(
        BarSeries.of(id, ts, o, h, l, c, v),
        format,
        rows.rowsRead(),
        exact,
        conflicts,
        rows.rejected(),
        samples,
        gaps,
        (int) filled);
  }

  /** Whether sorted row {@code k} repeats (bit for bit) a row in {@code [start, k)}. */
  private static boolean isCopyOfEarlier(RawRows rows, int[] order, int start, int k) {
    for (int e = start; e < k; e++) {
      if (rows.sameValues(order[e], order[k])) {
        return true;
      }
    }
    return false;
  }

  private static DataException conflict(RawRows rows, int first, int second) {
    long t = rows.time(first);
    return new DataException(
        rows.file(),
        rows.line(second),
        null,
        null,
        "open time "
            + t
            + " ("
            + TimeFormat.iso(t)
            + ") appears at lines "
            + rows.line(first)
            + " and "
            + rows.line(second)
            + " with different values; choose one with --on-duplicate"
            + " keep-first or keep-last (file order)");
  }
}
