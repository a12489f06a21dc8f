package dev.nightjar.optimizer.export;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.SeriesId;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.Ranking;
import dev.nightjar.optimizer.report.StrategyInfo;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.report.SweepReport;
import dev.nightjar.optimizer.report.SymbolInfo;
import dev.nightjar.optimizer.robust.sweep.RobustnessFiles;
import dev.nightjar.optimizer.validation.Fold;
import dev.nightjar.optimizer.validation.ValidatedConfig;
import dev.nightjar.optimizer.validation.Validation;
import dev.nightjar.optimizer.validation.ValidationInfo;
import dev.nightjar.optimizer.validation.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the strategy configs of a sweep's best rows as {@code rank-001-<SYMBOL>-<strategy>.json}
 * (rank zero-padded to three digits) into a folder, the same way after a sweep and for {@code
 * nightjar export}. Older {@code rank-*.json} files in the folder are removed first, so the folder
 * holds exactly the current top K.
 *
 * <p>A validated sweep exports its {@link ValidatedConfig validated configs} in the {@code rankBy}
 * order, each with its {@code inSample} and {@code outOfSample} blocks. Robustness figures come in
 * as a map from {@link #rowKey} to figure name to value and fill each config's {@code robustness}
 * block.
 */
public final class ConfigExport {
  private ConfigExport() {}

  /**
   * Writes the first {@code k} of {@code ranked} (best first, as {@link
   * dev.nightjar.optimizer.report.SweepReport.Outcome#ranked()}) of a sweep without validation.
   *
   * @throws IllegalArgumentException when the sweep is validated (use {@link #write(Path,
   *     SweepInfo, SweepReport.Outcome, int, Map)})
   * @return the files written, best first
   */
  public static List<Path> write(Path dir, SweepInfo info, List<ResultRow> ranked, int k) {
    if (info.validation() != null) {
      throw new IllegalArgumentException(
          "the rows of a validated sweep are train windows: export its report outcome instead");
    }
    List<StrategyConfig> configs = new ArrayList<>();
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      configs.add(config(info, ranked.get(i), i + 1));
    }
    return write(dir, configs, k);
  }

  /**
   * Writes the first {@code k} configs of a report: its validated configs when the sweep was
   * validated, else its ranked rows; {@code robustness} by {@link #rowKey} (missing keys: no
   * block).
   *
   * @return the files written, best first
   */
  public static List<Path> write(
      Path dir,
      SweepInfo info,
      SweepReport.Outcome report,
      int k,
      Map<String, Map<String, Double>> robustness) {
    List<StrategyConfig> configs = new ArrayList<>();
    if (report.validation() == null) {
      List<ResultRow> ranked = report.ranked();
      for (int i = 0; i < Math.min(k, ranked.size()); i++) {
        StrategyConfig c = config(info, ranked.get(i), i + 1);
        configs.add(withRobustness(c, robustness.get(rowKey(c.series(), ranked.get(i)))));
      }
    } else {
      List<ValidatedConfig> ranked = report.validation().ranked();
      for (int i = 0; i < Math.min(k, ranked.size()); i++) {
        ValidatedConfig v = ranked.get(i);
        SeriesId series = info.validation().symbols().get(v.symbol()).series();
        configs.add(
            config(
                info,
                v,
                i + 1,
                robustness.getOrDefault(rowKey(series, v.combination()), Map.of())));
      }
    }
    return write(dir, configs, k);
  }

  /** {@link #write(Path, SweepInfo, SweepReport.Outcome, int, Map)} without robustness figures. */
  public static List<Path> write(Path dir, SweepInfo info, SweepReport.Outcome report, int k) {
    return write(dir, info, report, k, Map.of());
  }

  /**
   * The key of a (series, combination) in robustness inputs: {@code DEMO-BTC:1h#123} (the full
   * series of a validated sweep, not a train window).
   */
  public static String rowKey(SeriesId series, int combination) {
    return series + "#" + combination;
  }

  private static String rowKey(SeriesId series, ResultRow row) {
    return rowKey(series, row.combination());
  }

  private static StrategyConfig withRobustness(StrategyConfig c, Map<String, Double> figures) {
    if (figures == null || figures.isEmpty()) {
      return c;
    }
    return c.withFigures(c.inSample(), c.outOfSample(), figures);
  }

  private static List<Path> write(Path dir, List<StrategyConfig> configs, int k) {
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
    for (StrategyConfig config : configs) {
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
    return write(dir, info, outcome(info, rows, k), k);
  }

  /**
   * What a sweep's rows export: the validated configs of a validated sweep, else its best {@code k}
   * rows by the objective (filters applied).
   */
  public static SweepReport.Outcome outcome(SweepInfo info, Iterator<ResultRow> rows, int k) {
    if (info.validation() != null) {
      Validation validation = new Validation(info);
      rows.forEachRemaining(validation::offer);
      return new SweepReport.Outcome(List.of(), 0, 0, "", validation.finish());
    }
    Ranking ranking = new Ranking(info, k);
    rows.forEachRemaining(ranking::offer);
    return new SweepReport.Outcome(ranking.best(), 0, 0, "");
  }

  /**
   * Robustness figures by row (keyed by {@link RobustnessFiles#key}) turned into figures by {@link
   * #rowKey} for the configs {@code report} exports. A validated config takes the figures of the
   * row its in-sample metrics come from: its last selecting fold's train window.
   */
  public static Map<String, Map<String, Double>> figuresByConfig(
      SweepInfo info, SweepReport.Outcome report, Map<Long, Map<String, Double>> figuresByRow) {
    Map<String, Map<String, Double>> out = new HashMap<>();
    if (report.validation() == null) {
      for (ResultRow row : report.ranked()) {
        Map<String, Double> f =
            figuresByRow.get(RobustnessFiles.key(row.symbol(), row.combination()));
        if (f != null) {
          out.put(rowKey(info.symbols().get(row.symbol()).series(), row), f);
        }
      }
    } else {
      int symbols = info.validation().symbols().size();
      for (ValidatedConfig v : report.validation().ranked()) {
        int unit = (v.inSampleFold() - 1) * symbols + v.symbol();
        Map<String, Double> f = figuresByRow.get(RobustnessFiles.key(unit, v.combination()));
        if (f != null) {
          out.put(rowKey(info.validation().symbols().get(v.symbol()).series(), v.combination()), f);
        }
      }
    }
    return out;
  }

  /**
   * The config of a validated sweep's {@code v} at {@code rank}: the in-sample row's metrics as
   * {@code metrics} and objective, both validation blocks, the full series in the provenance.
   */
  public static StrategyConfig config(
      SweepInfo info, ValidatedConfig v, int rank, Map<String, Double> robustness) {
    ValidationInfo validation = info.validation();
    SymbolInfo symbol = validation.symbols().get(v.symbol());
    Fold trained = validation.plan().folds().get(v.inSampleFold() - 1);
    List<SampleWindow> tests = new ArrayList<>();
    for (int number : v.folds()) {
      Window w = validation.plan().folds().get(number - 1).test();
      tests.add(new SampleWindow(number, w.from(), w.to()));
    }
    ResultRow inSample = new ResultRow(v.symbol(), v.combination(), v.inSample(), null);
    return config(info, symbol, inSample, rank)
        .withFigures(
            new InSample(
                new SampleWindow(trained.number(), trained.train().from(), trained.train().to()),
                metrics(v.inSample())),
            new OutOfSample(validation.spec().method(), tests, metrics(v.outOfSample())),
            robustness);
  }

  private static Map<Metric, Double> metrics(double[] values) {
    Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      metrics.put(m, values[m.ordinal()]);
    }
    return metrics;
  }

  private static Provenance provenance(SweepInfo info, SymbolInfo symbol) {
    return new Provenance(
        info.sweepId(),
        info.specHash(),
        symbol.fingerprint(),
        symbol.firstTime(),
        symbol.lastTime(),
        info.nightjarVersion(),
        info.createdAt());
  }

  /** The config of {@code row} at {@code rank}. */
  public static StrategyConfig config(SweepInfo info, ResultRow row, int rank) {
    return config(info, info.symbols().get(row.symbol()), row, rank);
  }

  /** The config of {@code row} on {@code symbol} at {@code rank}, without figures. */
  private static StrategyConfig config(SweepInfo info, SymbolInfo symbol, ResultRow row, int rank) {
    Combination c = info.combination(row.combination());
    StrategyInfo strategy = info.strategies().get(c.strategy());
    return new StrategyConfig(
        strategy.name(),
        strategy.direction(),
        strategy.strategy().parameters().toMap(c.params()),
        symbol.series(),
        strategy.execution(),
        metrics(row.metrics()),
        rank,
        info.objective().metric(),
        info.objective().value(row),
        provenance(info, symbol));
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
