package dev.nightjar.optimizer.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.ResultRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportTest {
  @TempDir Path dir;

  private static final String HEADER =
      "symbol,strategy,combination,fast,slow,period,k,"
          + Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(","))
          + ",error";

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static String cell(String line, String column, boolean ranked) {
    List<String> header = new ArrayList<>(List.of(HEADER.split(",", -1)));
    if (ranked) {
      header.add(0, "rank");
    }
    String[] cells = line.split(",", -1);
    assertEquals(header.size(), cells.length, line);
    return cells[header.indexOf(column)];
  }

  private SweepReport.Outcome write(int top) {
    return SweepReport.rebuild(
        dir, TinySweep.info(top), TinySweep.rows().iterator(), new RunStats(2000, 8, 8 * 8761));
  }

  @Test
  void resultsHoldEveryRowInArrivalOrder() throws IOException {
    write(20);
    List<String> lines = lines(dir.resolve("results.csv"));
    assertEquals(HEADER, lines.get(0));
    assertEquals(9, lines.size());
    String first = lines.get(1);
    assertTrue(first.startsWith("AAA:1h,sma-cross,0,10,30,,,"), first);
    assertEquals("1.5", cell(first, "sharpe", false));
    assertEquals("12.0", cell(first, "trades", false));
    assertEquals("0.15", cell(first, "total_return", false));
    assertEquals("0.1", cell(first, "max_drawdown", false));
    assertEquals("0.0", cell(first, "cagr", false));
    assertEquals("", cell(first, "error", false));
    // Failed: every metric NaN, the message quoted because it holds a comma.
    assertEquals(
        "AAA:1h,bollinger-reversion,2,,,20,2.5,"
            + "NaN,".repeat(Metric.count())
            + "\"boom, at bar 3\"",
        lines.get(3));
    assertTrue(lines.get(4).startsWith("AAA:1h,sma-cross,3,10,50,,,"));
    assertEquals("-0.5", cell(lines.get(4), "sharpe", false));
    assertEquals("NaN", cell(lines.get(6), "sharpe", false));
    assertEquals("Infinity", cell(lines.get(7), "profit_factor", false));
    assertTrue(lines.get(8).startsWith("BBB:1h,sma-cross,3,10,50,,,"));
  }

  @Test
  void topRanksPassingRowsBestFirstWithTiesByCombinationThenSymbol() throws IOException {
    SweepReport.Outcome outcome = write(2);
    List<String> lines = lines(dir.resolve("top.csv"));
    assertEquals("rank," + HEADER, lines.get(0));
    // Hand-ranked in TinySweep's javadoc: filtered (trades 5), NaN and failed rows are absent;
    // top.csv keeps max(top, 100) rows, so all five passing rows although top = 2.
    List<String> expected =
        List.of(
            "1,BBB:1h,bollinger-reversion,2,,,20,2.5",
            "2,AAA:1h,sma-cross,0,10,30,,",
            "3,BBB:1h,sma-cross,0,10,30,,",
            "4,BBB:1h,sma-cross,3,10,50,,",
            "5,AAA:1h,sma-cross,3,10,50,,");
    assertEquals(6, lines.size());
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(lines.get(i + 1).startsWith(expected.get(i) + ","), lines.get(i + 1));
    }
    assertEquals("3.0", cell(lines.get(1), "sharpe", true));
    assertEquals(5, outcome.ranked().size());
    assertEquals(8, outcome.evaluations());
    assertEquals(1, outcome.failures());
  }

  @Test
  void bestPerSymbolAndMarginals() throws IOException {
    write(20);
    List<String> best = lines(dir.resolve("best-per-symbol.csv"));
    assertEquals(HEADER, best.get(0));
    assertEquals(3, best.size());
    // AAA: #1 has the higher sharpe but only 5 trades, #2 failed, so #0 (1.5) beats #3 (-0.5).
    assertTrue(best.get(1).startsWith("AAA:1h,sma-cross,0,10,30,,,"), best.get(1));
    assertTrue(best.get(2).startsWith("BBB:1h,bollinger-reversion,2,,,20,2.5,"), best.get(2));

    // By hand from TinySweep's table (filters do not apply; NaN and failed rows are counted in
    // evaluations only): fast=10 has sharpe 1.5, -0.5, 1.5, 0.25 -> mean 2.75/4; slow=50 has
    // 2.0, -0.5, NaN, 0.25 -> mean 1.75/3 over 3 valid.
    assertEquals(
        List.of(
            "strategy,parameter,value,evaluations,valid,mean_objective,best_objective",
            "sma-cross,fast,10,4,4,0.6875,1.5",
            "sma-cross,fast,20,2,1,2.0,2.0",
            "sma-cross,slow,30,2,2,1.5,1.5",
            "sma-cross,slow,50,4,3," + (1.75 / 3) + ",2.0",
            "bollinger-reversion,period,20,2,1,3.0,3.0",
            "bollinger-reversion,k,2.5,2,1,3.0,3.0"),
        lines(dir.resolve("marginals.csv")));
  }

  @Test
  void writeLeavesOutTheRebuildExtras() {
    SweepReport.write(dir, TinySweep.info(20), TinySweep.rows().iterator(), null);
    assertTrue(Files.exists(dir.resolve("results.csv")));
    assertTrue(Files.exists(dir.resolve("top.csv")));
    assertTrue(Files.exists(dir.resolve("summary.txt")));
    assertTrue(Files.notExists(dir.resolve("marginals.csv")));
    assertTrue(Files.notExists(dir.resolve("best-per-symbol.csv")));
  }

  @Test
  void summaryNamesWhatRanAndTheTopTable() throws IOException {
    SweepReport.Outcome outcome = write(20);
    String text = Files.readString(dir.resolve("summary.txt"));
    assertEquals(outcome.summary(), text);
    for (String expected :
        new String[] {
          "sweep: tiny\nsweep id: tiny-20240101\nspec hash: sha256:abc\nnightjar: 0.1.0-SNAPSHOT\n"
              + "created: 2025-11-25T19:46:40Z\n",
          "  sma-cross (long-short): 3 combinations of fast, slow\n",
          "  bollinger-reversion (long-only): 1 combinations of period, k\n",
          "  AAA:1h: 8761 bars, 2024-01-01T00:00:00Z .. 2024-12-31T00:00:00Z,"
              + " crc32c:0000000a:n=8761:x\n",
          "evaluations: 8, failed: 1\n",
          "objective: sharpe (higher is better)\nfilters: trades >= 10\n",
          // 8 evaluations in 2 s; 8 * 8761 bar-combinations in 2 s.
          "timing (varies between runs): 2.000 s wall, 4.0 combos/s, 35,044 bar-combos/s\n",
          "top 5 by sharpe:\n"
        }) {
      assertTrue(text.contains(expected), () -> "missing\n" + expected + "\nin\n" + text);
    }
    String table = text.substring(text.indexOf("top 5 by sharpe:\n") + 17);
    // Columns two spaces apart, each padded to its widest cell (params: "period=20, k=2.5" is 16
    // wide; sharpe: "-0.5000" is 7), text left-aligned, numbers right-aligned; total_return is
    // sharpe / 10 in percent, max_drawdown 10 %. Sharpe is the objective, so it is not repeated.
    assertEquals(
        String.join(
            "\n",
            "rank  symbol  strategy             params             sharpe  trades  total_return"
                + "  max_drawdown",
            "   1  BBB:1h  bollinger-reversion  period=20, k=2.5   3.0000      15        30.00%"
                + "        10.00%",
            "   2  AAA:1h  sma-cross            fast=10, slow=30   1.5000      12        15.00%"
                + "        10.00%",
            "   3  BBB:1h  sma-cross            fast=10, slow=30   1.5000      20        15.00%"
                + "        10.00%",
            "   4  BBB:1h  sma-cross            fast=10, slow=50   0.2500      11         2.50%"
                + "        10.00%",
            "   5  AAA:1h  sma-cross            fast=10, slow=50  -0.5000      30        -5.00%"
                + "        10.00%",
            ""),
        table);
  }

  @Test
  void sameRowsGiveTheSameBytesWhateverTheTiming() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    SweepReport.rebuild(a, TinySweep.info(3), TinySweep.rows().iterator(), new RunStats(1, 1, 1));
    SweepReport.rebuild(
        b, TinySweep.info(3), new ArrayList<>(TinySweep.rows()).iterator(), new RunStats(9, 9, 9));
    for (String name :
        new String[] {"results.csv", "top.csv", "best-per-symbol.csv", "marginals.csv"}) {
      assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)));
    }
    assertEquals(withoutTiming(a), withoutTiming(b));
  }

  private static List<String> withoutTiming(Path dir) throws IOException {
    List<String> lines = new ArrayList<>(lines(dir.resolve("summary.txt")));
    assertTrue(lines.removeIf(l -> l.startsWith(SummaryText.TIMING)));
    return lines;
  }

  @Test
  void rowsOutOfOrderAreRefused() {
    List<ResultRow> rows = new ArrayList<>(TinySweep.rows());
    rows.add(TinySweep.row(0, 3, 1, 1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SweepReport.write(dir, TinySweep.info(1), rows.iterator(), null));
    assertEquals(
        "rows must arrive sorted by symbol, then combination, without repeats; got (symbol 0,"
            + " combination 3) after (symbol 1, combination 3)",
        e.getMessage());
  }

  @Test
  void streamsManyRowsInASmallHeap() throws Exception {
    // 400,000 rows would take about 115 MB as ResultRow objects (30 doubles each); a child JVM
    // with a 96 MB heap can only write them if the writers stream (one CSV chunk, a bounded
    // ranking, per-value marginals). Not smaller: Tablesaw's Table scans the class path with
    // ClassGraph when first used, and that scan deadlocks when it runs out of memory.
    int perSymbol = 200_000;
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-cp",
                System.getProperty("java.class.path"),
                ManyRows.class.getName(),
                dir.toString(),
                Integer.toString(perSymbol))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    if (!child.waitFor(3, TimeUnit.MINUTES)) {
      child.destroyForcibly().waitFor();
      fail(
          "the child JVM did not finish in 3 minutes: "
              + Files.readString(dir.resolve("child.log")));
    }
    assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
    try (var lines = Files.lines(dir.resolve("results.csv"))) {
      assertEquals(2 * perSymbol + 1, lines.count());
    }
    List<String> top = lines(dir.resolve("top.csv"));
    assertEquals(SweepReport.MIN_TOP_ROWS + 1, top.size());
    // sharpe = (i * 7919 mod 1000) / 100 is at most 9.99, reached first at i = 321 (321 * 7919 =
    // 2541999), combination 321 (sma-cross 20/50 as 321 mod 4 = 1); BBB's row for combination 321
    // is i = 200321, whose residue is the same (200000 * 7919 is a multiple of 1000): a tie, which
    // the lower symbol index wins.
    assertTrue(top.get(1).startsWith("1,AAA:1h,sma-cross,321,20,50,,,"), top.get(1));
    assertTrue(top.get(2).startsWith("2,BBB:1h,sma-cross,321,20,50,,,"), top.get(2));
    assertEquals("9.99", cell(top.get(1), "sharpe", true));
  }
}
