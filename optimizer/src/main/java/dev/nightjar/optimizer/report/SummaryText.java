package dev.nightjar.optimizer.report;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code summary.txt}: what ran, the counts, one line of timing (the only line that
 * differs between two runs of the same sweep, starting with {@value #TIMING}) and the top-10 table.
 */
final class SummaryText {
  /** The prefix of the one non-deterministic line. */
  static final String TIMING = "timing (varies between runs):";

  static final int TABLE_ROWS = 10;

  private SummaryText() {}

  static String of(
      SweepInfo info,
      long evaluations,
      long failures,
      List<ResultRow> ranked,
      RunStats stats,
      ValidationResult validation) {
    StringBuilder sb = new StringBuilder();
    sb.append("sweep: ").append(info.name()).append('\n');
    sb.append("sweep id: ").append(info.sweepId()).append('\n');
    sb.append("spec hash: ").append(info.specHash()).append('\n');
    sb.append("nightjar: ").append(info.nightjarVersion()).append('\n');
    sb.append("created: ").append(TimeFormat.iso(info.createdAt())).append('\n');
    sb.append("strategies:\n");
    for (StrategyInfo s : info.strategies()) {
      sb.append("  ")
          .append(s.name())
          .append(" (")
          .append(s.direction().label())
          .append("): ")
          .append(s.combinations())
          .append(" combinations of ")
          .append(String.join(", ", s.strategy().parameters().names()))
          .append('\n');
    }
    sb.append("symbols:\n");
    for (SymbolInfo s : info.validation() == null ? info.symbols() : info.validation().symbols()) {
      sb.append("  ")
          .append(s.series())
          .append(": ")
          .append(s.bars())
          .append(" bars, ")
          .append(TimeFormat.iso(s.firstTime()))
          .append(" .. ")
          .append(TimeFormat.iso(s.lastTime()))
          .append(", ")
          .append(s.fingerprint())
          .append('\n');
    }
    sb.append("evaluations: ")
        .append(evaluations)
        .append(", failed: ")
        .append(failures)
        .append('\n');
    sb.append("objective: ")
        .append(info.objective().metric().key())
        .append(info.objective().maximize() ? " (higher is better)" : " (lower is better)")
        .append('\n');
    List<String> filters = new ArrayList<>();
    for (Filter f : info.filters()) {
      filters.add(describe(f));
    }
    sb.append("filters: ").append(filters.isEmpty() ? "none" : String.join(", ", filters));
    sb.append('\n');
    sb.append(TIMING).append(' ').append(timing(stats)).append("\n\n");
    if (validation != null) {
      sb.append(ValidationText.folds(info));
    }
    sb.append("top ")
        .append(Math.min(TABLE_ROWS, ranked.size()))
        .append(" by ")
        .append(info.objective().metric().key())
        .append(validation != null ? " in sample (any fold):\n" : ":\n");
    sb.append(table(info, ranked));
    if (validation != null) {
      sb.append('\n').append(ValidationText.results(info, validation));
    }
    return sb.toString();
  }

  /** {@code trades >= 10}, {@code max_drawdown <= 0.5} or {@code 0 <= sharpe <= 3}. */
  static String describe(Filter f) {
    String key = f.metric().key();
    boolean low = f.min() != Double.NEGATIVE_INFINITY;
    boolean high = f.max() != Double.POSITIVE_INFINITY;
    if (low && high) {
      return ParamSpec.format(f.min()) + " <= " + key + " <= " + ParamSpec.format(f.max());
    }
    if (low) {
      return key + " >= " + ParamSpec.format(f.min());
    }
    return high ? key + " <= " + ParamSpec.format(f.max()) : key + " (any)";
  }

  private static String timing(RunStats stats) {
    if (stats == null) {
      return "not recorded";
    }
    return String.format(
        Locale.ROOT,
        "%.3f s wall, %,.1f combos/s, %,.0f bar-combos/s",
        stats.wallMillis() / 1000.0,
        stats.combinationsPerSecond(),
        stats.barCombinationsPerSecond());
  }

  /** Shown beside the objective, unless it is the objective. */
  private static final List<Metric> CONTEXT =
      List.of(Metric.TRADES, Metric.TOTAL_RETURN, Metric.MAX_DRAWDOWN, Metric.SHARPE);

  /** In a validated sweep the rows are train windows: the symbol column says which fold. */
  private static String table(SweepInfo info, List<ResultRow> ranked) {
    boolean folds = info.validation() != null;
    Metric objective = info.objective().metric();
    List<Metric> context = new ArrayList<>(CONTEXT);
    context.remove(objective);
    List<String[]> lines = new ArrayList<>();
    List<String> header =
        new ArrayList<>(List.of("rank", folds ? "symbol#fold" : "symbol", "strategy", "params"));
    header.add(objective.key());
    context.forEach(m -> header.add(m.key()));
    lines.add(header.toArray(String[]::new));
    for (int i = 0; i < Math.min(TABLE_ROWS, ranked.size()); i++) {
      ResultRow row = ranked.get(i);
      Combination c = info.combination(row.combination());
      StrategyInfo s = info.strategies().get(c.strategy());
      List<String> cells =
          new ArrayList<>(
              List.of(
                  Integer.toString(i + 1),
                  folds
                      ? info.validation().plan().unitName(row.symbol())
                      : info.symbols().get(row.symbol()).series().toString(),
                  s.name(),
                  s.strategy().parameters().describe(c.params()),
                  number(row.metric(objective), "%.4f")));
      for (Metric m : context) {
        cells.add(cell(m, row.metric(m)));
      }
      lines.add(cells.toArray(String[]::new));
    }
    return align(lines, 1, 3);
  }

  /**
   * The lines as a table: columns {@code textFrom..textTo} left-aligned, the others (numbers)
   * right-aligned, two spaces between columns.
   */
  static String align(List<String[]> lines, int textFrom, int textTo) {
    int[] width = new int[lines.get(0).length];
    for (String[] line : lines) {
      for (int c = 0; c < line.length; c++) {
        width[c] = Math.max(width[c], line[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder l = new StringBuilder();
      for (int c = 0; c < line.length; c++) {
        boolean text = c >= textFrom && c <= textTo;
        String cell = line[c];
        String pad = " ".repeat(width[c] - cell.length());
        l.append(c == 0 ? "" : "  ").append(text ? cell + pad : pad + cell);
      }
      sb.append(l.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  static String cell(Metric m, double v) {
    return switch (m) {
      case TRADES -> number(v, "%.0f");
      case TOTAL_RETURN, MAX_DRAWDOWN -> percent(v);
      default -> number(v, "%.3f");
    };
  }

  static String number(double v, String format) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : Double.toString(v);
  }

  static String percent(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", v * 100) : Double.toString(v);
  }
}
