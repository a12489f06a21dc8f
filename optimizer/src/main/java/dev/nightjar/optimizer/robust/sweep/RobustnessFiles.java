package dev.nightjar.optimizer.robust.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.DataException;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.StrategyInfo;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.robust.PboResult;
import dev.nightjar.optimizer.select.Selection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The robustness outputs in a run folder, each written atomically: {@code robustness.csv} (one line
 * per top-M row: keys, objective, every {@link Robustness#FIGURES figure}, selected), {@code
 * pbo.json} (per symbol: PBO, its reading, degradation fit, probability of loss, logit histogram),
 * {@code selection.csv} (each top-M row chosen or, if excluded, the rank that excluded it and the
 * correlation) and {@code returns.bin} ({@link ReturnsFile}). Numbers are written with {@link
 * Double#toString} (exact round trip; {@code NaN} when undefined).
 */
public final class RobustnessFiles {
  /** Per-row figures. */
  public static final String ROBUSTNESS = "robustness.csv";

  /** PBO per symbol. */
  public static final String PBO = "pbo.json";

  /** The diversified selection. */
  public static final String SELECTION = "selection.csv";

  /** Bins of the logit histogram in {@code pbo.json}. */
  public static final int LOGIT_BINS = 20;

  private RobustnessFiles() {}

  /** Writes the four files into {@code dir}. */
  public static void write(Path dir, SweepInfo info, RobustnessReport report) {
    Selection selection = report.selection();
    StringBuilder figures = new StringBuilder();
    figures.append("rank,symbol,symbol_index,combination,strategy,params,objective");
    Robustness.FIGURES.forEach(f -> figures.append(',').append(f));
    figures.append(",selected\n");
    StringBuilder chosen = new StringBuilder();
    chosen.append(
        "rank,symbol,combination,strategy,params,objective,selected,excluded_by_rank,correlation\n");
    for (int i = 0; i < report.rows().size(); i++) {
      RowFigures r = report.rows().get(i);
      String keys = keys(info, r);
      figures.append(r.rank()).append(',').append(keys);
      for (String f : Robustness.FIGURES) {
        figures.append(',').append(r.figure(f));
      }
      figures.append(',').append(selection.chosen()[i]).append('\n');
      chosen
          .append(r.rank())
          .append(',')
          .append(withoutIndex(info, r))
          .append(',')
          .append(selection.chosen()[i])
          .append(',')
          .append(selection.chosen()[i] ? "" : report.rows().get(selection.excludedBy()[i]).rank())
          .append(',')
          .append(selection.chosen()[i] ? "" : selection.correlation()[i])
          .append('\n');
    }
    text(dir.resolve(ROBUSTNESS), figures.toString());
    text(dir.resolve(SELECTION), chosen.toString());
    text(dir.resolve(PBO), pboJson(info, report));
    ReturnsFile.write(dir.resolve(ReturnsFile.NAME), report.returns());
  }

  /**
   * Summary lines for {@code summary.txt} and the end-of-run table: per symbol the PBO with its
   * plain-language reading, then the selection's size.
   */
  public static List<String> summaryLines(RobustnessReport report) {
    List<String> lines = new ArrayList<>();
    for (SymbolPbo p : report.pbo()) {
      String head =
          p.result() == null
              ? "PBO " + p.series() + ": "
              : String.format(
                  Locale.ROOT,
                  "PBO %s: %.2f over %d combinations (S = %d)%s: ",
                  p.series(),
                  p.result().pbo(),
                  p.used(),
                  p.result().blocks(),
                  p.note().isEmpty() ? "" : ", " + p.note());
      lines.add(head + p.reading());
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "Diversified selection: %d of the top %d configs with pairwise return correlation <= %s"
                + " (DSR over %d trials)",
            report.selection().chosenCount(),
            report.rows().size(),
            report.maxCorrelation(),
            report.trials()));
    return lines;
  }

  /**
   * The figures of {@code robustness.csv} by {@link #key key(symbol index, combination)}.
   *
   * @throws DataException when the file is missing a column or a number
   */
  public static Map<Long, Map<String, Double>> readFigures(Path dir) {
    Path file = dir.resolve(ROBUSTNESS);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new DataException(file, "empty: no header");
    }
    List<String> header = List.of(lines.get(0).split(",", -1));
    int symbol = column(file, header, "symbol_index");
    int combination = column(file, header, "combination");
    Map<Long, Map<String, Double>> out = new HashMap<>();
    for (int l = 1; l < lines.size(); l++) {
      String[] cells = lines.get(l).split(",", -1);
      if (cells.length != header.size()) {
        throw new DataException(
            file, l + 1, "", lines.get(l), "expected " + header.size() + " cells");
      }
      Map<String, Double> figures = new LinkedHashMap<>();
      for (String f : Robustness.FIGURES) {
        int c = column(file, header, f);
        try {
          figures.put(f, Double.parseDouble(cells[c]));
        } catch (NumberFormatException e) {
          throw new DataException(file, l + 1, f, cells[c], "expected a number or NaN");
        }
      }
      out.put(key(Integer.parseInt(cells[symbol]), Integer.parseInt(cells[combination])), figures);
    }
    return out;
  }

  /** The map key of a (symbol index, combination id) pair. */
  public static long key(int symbol, int combination) {
    return (long) symbol << 32 | combination;
  }

  /** {@code fast=10;slow=50}. */
  public static String params(SweepInfo info, int combination) {
    Combination c = info.combination(combination);
    StrategyInfo s = info.strategies().get(c.strategy());
    List<String> names = s.strategy().parameters().names();
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      sb.append(k == 0 ? "" : ";").append(names.get(k)).append('=');
      sb.append(ParamSpec.format(c.param(k)));
    }
    return sb.toString();
  }

  private static String keys(SweepInfo info, RowFigures r) {
    ResultRow row = r.row();
    return info.symbols().get(row.symbol()).series()
        + ","
        + row.symbol()
        + ","
        + row.combination()
        + ","
        + strategyName(info, row)
        + ","
        + params(info, row.combination())
        + ","
        + info.objective().value(row);
  }

  private static String withoutIndex(SweepInfo info, RowFigures r) {
    ResultRow row = r.row();
    return info.symbols().get(row.symbol()).series()
        + ","
        + row.combination()
        + ","
        + strategyName(info, row)
        + ","
        + params(info, row.combination())
        + ","
        + info.objective().value(row);
  }

  private static String strategyName(SweepInfo info, ResultRow row) {
    return info.strategies().get(info.combination(row.combination()).strategy()).name();
  }

  private static int column(Path file, List<String> header, String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new DataException(file, 1, name, "", "missing column");
    }
    return c;
  }

  private static String pboJson(SweepInfo info, RobustnessReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "nightjar.pbo/1");
    root.put("sweepId", info.sweepId());
    root.put("method", "CSCV (Bailey, Borwein, Lopez de Prado, Zhu 2017), per-period Sharpe");
    List<Object> symbols = new ArrayList<>();
    for (SymbolPbo p : report.pbo()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("symbol", p.series().toString());
      s.put("evaluated", p.evaluated());
      s.put("used", p.used());
      s.put("note", p.note());
      s.put("reading", p.reading());
      PboResult r = p.result();
      if (r != null) {
        s.put("pbo", r.pbo());
        s.put("blocks", r.blocks());
        s.put("splits", r.logits().length);
        s.put("degradationSlope", finiteOrNull(r.degradationSlope()));
        s.put("degradationIntercept", finiteOrNull(r.degradationIntercept()));
        s.put("probabilityOfLoss", r.probabilityOfLoss());
        Map<String, Object> histogram = new LinkedHashMap<>();
        histogram.put("from", -Math.log(r.combinations()));
        histogram.put("to", Math.log(r.combinations()));
        histogram.put("counts", r.logitHistogram(LOGIT_BINS));
        s.put("logitHistogram", histogram);
      }
      symbols.add(s);
    }
    root.put("symbols", symbols);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Double finiteOrNull(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static void text(Path file, String content) {
    AtomicFile.writeUnchecked(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }
}
