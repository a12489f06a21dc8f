package dev.nightjar.optimizer.report;

import dev.nightjar.data.AtomicFile;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.validation.Validation;
import dev.nightjar.optimizer.validation.ValidationResult;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a sweep's reports in one streaming pass over its rows, each file through {@link
 * AtomicFile}: {@code results.csv} (every row, in arrival order), {@code top.csv} (the ranked rows,
 * best first, at most {@code max(top, 100)}), {@code summary.txt}; and for {@link #rebuild} also
 * {@code best-per-symbol.csv} and {@code marginals.csv}. Memory holds one CSV chunk, the bounded
 * ranking, one row per symbol and the marginals, never all rows. Same info and rows give the same
 * bytes, except the one timing line of {@code summary.txt}. A validated sweep also gets {@code
 * oos.csv} (see {@code OosCsv}) from its {@link Validation} stage, fed in the same pass. Strategy
 * configs are written by {@code dev.nightjar.optimizer.export.ConfigExport} from {@link
 * Outcome#ranked()}.
 */
public final class SweepReport {
  /** The fewest rows {@code top.csv} holds when that many rank. */
  public static final int MIN_TOP_ROWS = 100;

  private SweepReport() {}

  /**
   * What a pass found.
   *
   * @param ranked the ranked rows, best first, at most {@code max(top, 100)}
   * @param evaluations rows read
   * @param failures rows that failed
   * @param summary the text of {@code summary.txt}, for the CLI to print
   * @param validation the out-of-sample results of a validated sweep, else {@code null}
   */
  public record Outcome(
      List<ResultRow> ranked,
      long evaluations,
      long failures,
      String summary,
      ValidationResult validation) {
    public Outcome {
      ranked = List.copyOf(ranked);
    }

    /** The outcome of a sweep without validation. */
    public Outcome(List<ResultRow> ranked, long evaluations, long failures, String summary) {
      this(ranked, evaluations, failures, summary, null);
    }
  }

  /**
   * The outputs of a sweep: {@code results.csv}, {@code top.csv}, {@code summary.txt}.
   *
   * @param rows every result, sorted by symbol index then combination id
   * @param stats timing, or {@code null} when unknown
   * @throws IllegalArgumentException when the rows are not strictly sorted
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public static Outcome write(Path dir, SweepInfo info, Iterator<ResultRow> rows, RunStats stats) {
    return pass(dir, info, rows, stats, false);
  }

  /** Like {@link #write}, plus {@code best-per-symbol.csv} and {@code marginals.csv}. */
  public static Outcome rebuild(
      Path dir, SweepInfo info, Iterator<ResultRow> rows, RunStats stats) {
    return pass(dir, info, rows, stats, true);
  }

  private static Outcome pass(
      Path dir, SweepInfo info, Iterator<ResultRow> rows, RunStats stats, boolean extras) {
    ResultColumns columns = new ResultColumns(info);
    Ranking ranking = new Ranking(info, Math.max(info.top(), MIN_TOP_ROWS));
    Ranking[] bestPerSymbol = new Ranking[info.symbols().size()];
    Marginals marginals = new Marginals(info);
    Validation validation = info.validation() == null ? null : new Validation(info);
    long[] counts = new long[2];
    csv(
        dir.resolve("results.csv"),
        columns.header(false),
        csv -> {
          ResultRow previous = null;
          while (rows.hasNext()) {
            ResultRow row = rows.next();
            checkOrder(previous, row, info.symbols().size());
            previous = row;
            counts[0]++;
            counts[1] += row.failed() ? 1 : 0;
            csv.add(columns.cells(row, 0));
            ranking.offer(row);
            if (validation != null) {
              validation.offer(row);
            }
            if (extras) {
              if (bestPerSymbol[row.symbol()] == null) {
                bestPerSymbol[row.symbol()] = new Ranking(info, 1);
              }
              bestPerSymbol[row.symbol()].offer(row);
              marginals.add(row);
            }
          }
        });
    List<ResultRow> ranked = ranking.best();
    csv(
        dir.resolve("top.csv"),
        columns.header(true),
        csv -> {
          for (int i = 0; i < ranked.size(); i++) {
            csv.add(columns.cells(ranked.get(i), i + 1));
          }
        });
    if (extras) {
      csv(
          dir.resolve("best-per-symbol.csv"),
          columns.header(false),
          csv -> {
            for (Ranking best : bestPerSymbol) {
              if (best != null) {
                best.best().forEach(row -> csv.add(columns.cells(row, 0)));
              }
            }
          });
      csv(dir.resolve("marginals.csv"), Marginals.header(), marginals::writeTo);
    }
    ValidationResult oos = validation == null ? null : validation.finish();
    if (oos != null) {
      csv(dir.resolve("oos.csv"), OosCsv.header(info), csv -> OosCsv.write(info, oos, csv));
    }
    String summary = SummaryText.of(info, counts[0], counts[1], ranked, stats, oos);
    AtomicFile.writeUnchecked(
        dir.resolve("summary.txt"), out -> out.write(summary.getBytes(StandardCharsets.UTF_8)));
    return new Outcome(ranked, counts[0], counts[1], summary, oos);
  }

  private static void checkOrder(ResultRow previous, ResultRow row, int symbols) {
    if (row.symbol() >= symbols) {
      throw new IllegalArgumentException(
          "row names symbol " + row.symbol() + " but the sweep has " + symbols + " symbols");
    }
    if (previous != null
        && (row.symbol() < previous.symbol()
            || row.symbol() == previous.symbol() && row.combination() <= previous.combination())) {
      throw new IllegalArgumentException(
          "rows must arrive sorted by symbol, then combination, without repeats; got (symbol "
              + row.symbol()
              + ", combination "
              + row.combination()
              + ") after (symbol "
              + previous.symbol()
              + ", combination "
              + previous.combination()
              + ")");
    }
  }

  private static void csv(Path file, List<String> header, Consumer<TableCsv> body) {
    AtomicFile.writeUnchecked(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          TableCsv csv = new TableCsv(writer, header);
          body.accept(csv);
          csv.finish();
          writer.flush();
        });
  }
}
