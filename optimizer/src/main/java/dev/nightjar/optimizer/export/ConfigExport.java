package dev.nightjar.optimizer.export;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.Ranking;
import dev.nightjar.optimizer.report.StrategyInfo;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.report.SymbolInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the strategy configs of a sweep's best rows as {@code rank-001-<SYMBOL>-<strategy>.json}
 * (rank zero-padded to three digits) into a folder, the same way after a sweep and for {@code
 * nightjar export}. Older {@code rank-*.json} files in the folder are removed first, so the folder
 * holds exactly the current top K.
 */
public final class ConfigExport {
  private ConfigExport() {}

  /**
   * Writes the first {@code k} of {@code ranked} (best first, as {@link
   * dev.nightjar.optimizer.report.SweepReport.Outcome#ranked()}).
   *
   * @return the files written, best first
   */
  public static List<Path> write(Path dir, SweepInfo info, List<ResultRow> ranked, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    try {
      Files.createDirectories(dir);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "rank-*.json")) {
        for (Path p : old) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir + ": " + e.getMessage(), e);
    }
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      StrategyConfig config = config(info, ranked.get(i), i + 1);
      Path file = dir.resolve(fileName(config));
      StrategyConfigs.write(file, config);
      written.add(file);
    }
    return written;
  }

  /**
   * Ranks {@code rows} (streaming, bounded to {@code k}) and writes the best {@code k}: {@code
   * nightjar export DIR --top K} from the results log.
   */
  public static List<Path> export(Path dir, SweepInfo info, Iterator<ResultRow> rows, int k) {
    Ranking ranking = new Ranking(info, k);
    rows.forEachRemaining(ranking::offer);
    return write(dir, info, ranking.best(), k);
  }

  /** The config of {@code row} at {@code rank}. */
  public static StrategyConfig config(SweepInfo info, ResultRow row, int rank) {
    Combination c = info.combination(row.combination());
    StrategyInfo strategy = info.strategies().get(c.strategy());
    SymbolInfo symbol = info.symbols().get(row.symbol());
    Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      metrics.put(m, row.metric(m));
    }
    return new StrategyConfig(
        strategy.name(),
        strategy.direction(),
        strategy.strategy().parameters().toMap(c.params()),
        symbol.series(),
        strategy.execution(),
        metrics,
        rank,
        info.objective().metric(),
        info.objective().value(row),
        new Provenance(
            info.sweepId(),
            info.specHash(),
            symbol.fingerprint(),
            symbol.firstTime(),
            symbol.lastTime(),
            info.nightjarVersion(),
            info.createdAt()));
  }

  /** {@code rank-001-DEMO-BTC-sma-cross.json}. */
  public static String fileName(StrategyConfig config) {
    return String.format(
        Locale.ROOT,
        "rank-%03d-%s-%s.json",
        config.rank(),
        config.series().symbol().value(),
        config.strategy());
  }
}
