package dev.nightjar.data.cache;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.io.ImportOptions;
import dev.nightjar.data.io.Importer;
import dev.nightjar.data.validate.ValidationReport;
import dev.nightjar.data.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The cache folder {@code <home>/cache}: one {@link CacheFile} per symbol and timeframe at {@code
 * cache/<tf>/<SYMBOL>.bars} (e.g. {@code cache/1h/BTCUSDT.bars}), so the symbols of one timeframe
 * are one folder listing. Stores are atomic; loads are fully verified.
 */
public final class Cache {
  /** File-name suffix of cache files. */
  public static final String SUFFIX = ".bars";

  private final Path root;

  /** A cache under {@code home} (the folder need not exist yet). */
  public Cache(Path home) {
    this.root = Checks.notNull(home, "home").resolve("cache");
  }

  /** The cache folder, {@code home/cache}. */
  public Path dir() {
    return root;
  }

  /** {@code $NIGHTJAR_HOME} when set and not blank, else {@code ~/.nightjar}. */
  public static Path defaultHome() {
    String env = System.getenv("NIGHTJAR_HOME");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".nightjar");
  }

  /** Where {@code id} is (or would be) stored. */
  public Path pathFor(SeriesId id) {
    return folder(Checks.notNull(id, "id").timeframe()).resolve(id.symbol().value() + SUFFIX);
  }

  private Path folder(Timeframe tf) {
    return root.resolve(tf.label());
  }

  /** Whether a file for {@code id} exists (it is not verified). */
  public boolean contains(SeriesId id) {
    return Files.isRegularFile(pathFor(id));
  }

  /**
   * Loads and verifies {@code id}.
   *
   * @throws DataException when it is not cached (naming {@code nightjar data import} and {@code
   *     nightjar demo} as the fix), is damaged, or holds another series than its name says
   */
  public BarSeries load(SeriesId id) {
    Path file = pathFor(id);
    if (!Files.isRegularFile(file)) {
      throw new DataException(
          id
              + " is not in the cache ("
              + file
              + "): import it with 'nightjar data import', or run 'nightjar demo' for the"
              + " synthetic DEMO-* symbols");
    }
    BarSeries series = CacheFile.read(file);
    if (!series.id().equals(id)) {
      throw new DataException(
          file, "holds " + series.id() + " instead of " + id + "; remove it and import again");
    }
    return series;
  }

  /**
   * Stores {@code series} under its id, replacing what was there atomically; a failure leaves the
   * cache files as they were.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void store(BarSeries series) {
    CacheFile.write(pathFor(Checks.notNull(series, "series").id()), series);
  }

  /**
   * The headers of every cached series, sorted by symbol then timeframe; empty when the cache
   * folder does not exist.
   *
   * @throws DataException when a cache file's header is damaged (naming the file)
   */
  public List<CacheHeader> list() {
    List<CacheHeader> headers = new ArrayList<>();
    for (Timeframe tf : Timeframe.values()) {
      for (Path file : files(tf)) {
        headers.add(CacheFile.readHeader(file));
      }
    }
    headers.sort(Comparator.comparing(CacheHeader::id));
    return headers;
  }

  /**
   * The symbols cached at {@code tf}, sorted, from the file names alone (no file is opened); empty
   * when there are none.
   */
  public List<Symbol> symbols(Timeframe tf) {
    List<Symbol> symbols = new ArrayList<>();
    for (Path file : files(Checks.notNull(tf, "tf"))) {
      String name = file.getFileName().toString();
      symbols.add(Symbol.of(name.substring(0, name.length() - SUFFIX.length())));
    }
    symbols.sort(Comparator.naturalOrder());
    return symbols;
  }

  /**
   * Resolves a data argument, as every command takes one: {@code SYM:TF} loads from this cache, a
   * path to a {@code .bars} file is read directly, and any other existing file is imported on the
   * fly with the import rules (format detected, timeframe inferred from the most common spacing,
   * symbol from the file name), without touching the cache.
   *
   * @throws DataException when the series is not cached, the file is missing, damaged or invalid,
   *     or its timeframe cannot be inferred
   */
  public BarSeries loadRef(String ref) {
    Checks.notNull(ref, "ref");
    if (SeriesId.looksLikeId(ref)) {
      return load(SeriesId.parse(ref));
    }
    Path file = Path.of(ref);
    if (!Files.isRegularFile(file)) {
      throw new DataException(
          "'" + ref + "' is neither SYM:TF (for example BTCUSDT:1h) nor an existing file");
    }
    if (file.getFileName().toString().endsWith(SUFFIX)) {
      return CacheFile.read(file);
    }
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

  /** The valid cache file names of one timeframe folder: {@code <SYMBOL>.bars}, not temp files. */
  private List<Path> files(Timeframe tf) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder(tf), "*" + SUFFIX)) {
      for (Path file : dir) {
        if (isCacheName(file.getFileName().toString()) && Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder(tf) + ": " + e.getMessage(), e);
    }
    return files;
  }

  private static boolean isCacheName(String name) {
    if (!name.endsWith(SUFFIX)) {
      return false;
    }
    String symbol = name.substring(0, name.length() - SUFFIX.length());
    try {
      return new Symbol(symbol).value().equals(symbol);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
