package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.io.ImportOptions;
import dev.nightjar.data.io.Importer;
import dev.nightjar.data.validate.ValidationReport;
import dev.nightjar.data.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Resolves a data argument: {@code SYM:TF} names cached data, a {@code .bars} path is a cache file,
 * and any other existing file is imported on the fly (format detected, timeframe inferred from the
 * most common spacing, symbol from the file name), with the import's rules and without touching the
 * cache.
 */
final class DataRefs {
  private DataRefs() {}

  static boolean isCacheFile(String ref) {
    return ref.endsWith(Cache.SUFFIX);
  }

  static BarSeries load(String ref, GlobalOptions global) {
    Path file = Path.of(ref);
    if (!SeriesId.looksLikeId(ref) && !isCacheFile(ref) && Files.isRegularFile(file)) {
      return importOnTheFly(file);
    }
    return global.cache().loadRef(ref);
  }

  private static BarSeries importOnTheFly(Path file) {
    ValidationReport report = Validator.validateFile(file, null, null);
    if (report.timeframe() == null) {
      throw new DataException(
          file, "cannot infer the timeframe: import it with 'nightjar data import --timeframe'");
    }
    SeriesId id = new SeriesId(symbolFor(file), report.timeframe());
    return Importer.importFile(file, id, ImportOptions.defaults()).series();
  }

  /** {@code btc-usdt_1h.csv} → {@code BTC-USDT_1H}: the name without extension, made valid. */
  static Symbol symbolFor(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
    String cleaned = base.replaceAll("[^A-Z0-9._-]", "-").replaceAll("^[._-]+", "");
    if (cleaned.isEmpty()) {
      cleaned = "FILE";
    }
    return Symbol.of(cleaned.length() > 32 ? cleaned.substring(0, 32) : cleaned);
  }
}
