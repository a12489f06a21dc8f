package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.optimizer.robust.sweep.ReturnsFile;
import dev.nightjar.optimizer.robust.sweep.ReturnsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nightjar export --min-dsr --max-corr} on a sweep of 120 days of synthetic 1h bars; every
 * decision the command prints is re-checked here from robustness.csv and returns.bin with Commons
 * Math's correlations.
 */
class ExportCommandTest {
  @TempDir static Path home;
  @TempDir static Path work;
  static Path run;

  private static final String SPEC =
      "{\"name\": \"robust\", \"data\": {\"symbols\": [\"S-A\", \"S-B\"], \"timeframe\": \"1h\"},"
          + " \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 4, \"to\": 24,"
          + " \"step\": 4}, \"slow\": {\"values\": [48, 72, 96]}}, \"top\": 3}";

  private static CliRun run(String... args) {
    return CliRun.inHome(home, args);
  }

  @BeforeAll
  static void sweep() throws IOException {
    assertEquals(0, run("data", "synth", "--symbols", "S-A,S-B", "--days", "120").code());
    Path spec = work.resolve("spec.json");
    Files.writeString(spec, SPEC);
    run = work.resolve("run");
    CliRun sweep = run("sweep", spec.toString(), "--out", run.toString());
    assertEquals(0, sweep.code(), sweep::toString);
  }

  /** rank → dsr from robustness.csv. */
  private static Map<Integer, Double> dsrByRank() throws IOException {
    List<String> lines = Files.readAllLines(run.resolve("robustness.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    Map<Integer, Double> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      out.put(
          Integer.parseInt(cells[header.indexOf("rank")]),
          Double.parseDouble(cells[header.indexOf("dsr")]));
    }
    return out;
  }

  @Test
  void exportsOnlyConfigsThatPassAndSaysWhyOthersWereDropped() throws IOException {
    for (String f : List.of("robustness.csv", "pbo.json", "selection.csv", "returns.bin")) {
      Files.deleteIfExists(run.resolve(f));
    }
    Path live = work.resolve("live");
    CliRun export =
        run(
            "export",
            run.toString(),
            "--top",
            "4",
            "--min-dsr",
            "0",
            "--max-corr",
            "0.7",
            "--out",
            live.toString());
    assertEquals(0, export.code(), export::toString);
    assertTrue(export.err().contains("computing them"), export::toString);
    for (String f : List.of("robustness.csv", "pbo.json", "selection.csv", "returns.bin")) {
      assertTrue(Files.exists(run.resolve(f)), f);
    }
    assertTrue(export.err().contains("PBO S-A:1h"), export::toString);

    Map<Integer, Double> dsr = dsrByRank();
    ReturnsTable returns = ReturnsFile.read(run.resolve("returns.bin"));
    double[][] columns = new double[returns.calendar().length][returns.size()];
    for (int i = 0; i < returns.size(); i++) {
      for (int k = 0; k < columns.length; k++) {
        columns[k][i] = returns.values()[i][k];
      }
    }
    double[][] c = new PearsonsCorrelation(columns).getCorrelationMatrix().getData();

    List<Integer> kept = new ArrayList<>();
    Matcher k = Pattern.compile("kept rank (\\d+) ").matcher(export.err());
    while (k.find()) {
      kept.add(Integer.parseInt(k.group(1)));
    }
    try (Stream<Path> files = Files.list(live.resolve("configs"))) {
      assertEquals(kept.size(), files.count());
    }
    assertEquals(kept.size(), export.out().lines().count());
    for (int a : kept) {
      assertTrue(dsr.get(a) >= 0, "kept rank " + a + " has DSR " + dsr.get(a));
      for (int b : kept) {
        assertTrue(a == b || c[a - 1][b - 1] <= 0.7, a + " and " + b + " correlate");
      }
    }
    Matcher d =
        Pattern.compile(
                "dropped rank (\\d+) [^:]+:\\d?[^:]*: (DSR ([-0-9.NaN]+) < 0.0|return correlation"
                    + " ([0-9.]+) with rank (\\d+) > 0.7)")
            .matcher(export.err());
    int dropped = 0;
    while (d.find()) {
      dropped++;
      int rank = Integer.parseInt(d.group(1));
      if (d.group(3) != null) {
        assertFalse(dsr.get(rank) >= 0, "rank " + rank);
      } else {
        int by = Integer.parseInt(d.group(5));
        assertTrue(kept.contains(by) || by < rank);
        assertEquals(Double.parseDouble(d.group(4)), c[rank - 1][by - 1], 5e-4);
        assertTrue(c[rank - 1][by - 1] > 0.7);
      }
    }
    assertEquals(
        export.err().lines().filter(l -> l.startsWith("dropped rank")).count(),
        dropped,
        export::toString);
    assertEquals(4, kept.size(), export::toString);
    assertTrue(dropped > 0, "sma-cross neighbours correlate: " + export);
  }

  /**
   * On noise, the best of 36 trials is not significant: with --min-dsr 0.5 every analyzed config is
   * dropped for its DSR (checked against robustness.csv), and the figures are read, not recomputed.
   */
  @Test
  void deflatedSharpeDropsNoiseWinners() throws IOException {
    CliRun first = run("export", run.toString(), "--top", "1", "--max-corr", "0.7");
    assertEquals(0, first.code(), first::toString);
    CliRun export = run("export", run.toString(), "--top", "4", "--min-dsr", "0.5");
    assertEquals(0, export.code(), export::toString);
    assertFalse(export.err().contains("computing them"), export::toString);
    Map<Integer, Double> dsr = dsrByRank();
    Matcher d =
        Pattern.compile("dropped rank (\\d+) .*: DSR ([0-9.]+) < 0.5").matcher(export.err());
    int dropped = 0;
    while (d.find()) {
      dropped++;
      int rank = Integer.parseInt(d.group(1));
      assertTrue(dsr.get(rank) < 0.5);
      assertEquals(dsr.get(rank), Double.parseDouble(d.group(2)), 5e-4);
    }
    assertEquals(dsr.size(), dropped, export::toString);
    assertEquals("", export.out());
    assertTrue(export.err().contains("Only 0 of the 36 analyzed configs passed"), export::toString);
  }

  /** A correlation bound of 1 excludes nothing: the same files as the plain export. */
  @Test
  void aCorrelationBoundOfOneChangesNothing() throws IOException {
    Path plain = work.resolve("plain");
    Path bounded = work.resolve("bounded");
    assertEquals(0, run("export", run.toString(), "--top", "3", "--out", plain.toString()).code());
    CliRun export =
        run("export", run.toString(), "--top", "3", "--max-corr", "1", "--out", bounded.toString());
    assertEquals(0, export.code(), export::toString);
    List<Path> a = list(plain.resolve("configs"));
    List<Path> b = list(bounded.resolve("configs"));
    assertEquals(3, a.size());
    assertEquals(
        a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(Files.readString(a.get(i)), Files.readString(b.get(i)));
    }
  }

  /**
   * ND4J is loaded lazily: a child JVM running {@code export --max-corr} on this small sweep logs
   * every class it loads; the plain-Java correlation is among them (so the selection ran), no ND4J
   * class is.
   */
  @Test
  void exportWithSmallShapesNeverLoadsNd4j() throws IOException, InterruptedException {
    Path log = work.resolve("classes.log");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Xlog:class+load=info:file=" + log,
            "-cp",
            System.getProperty("java.class.path"),
            Nightjar.class.getName(),
            "export",
            run.toString(),
            "--top",
            "2",
            "--max-corr",
            "0.7",
            "--out",
            work.resolve("child").toString(),
            "--home",
            home.toString());
    Process child =
        new ProcessBuilder(cmd)
            .redirectOutput(work.resolve("child.out").toFile())
            .redirectError(work.resolve("child.err").toFile())
            .start();
    assertEquals(0, child.waitFor(), () -> read(work.resolve("child.err")));
    String classes = read(log);
    assertTrue(classes.contains("dev.nightjar.optimizer.select.PlainCorrelation"));
    assertFalse(classes.contains("org.nd4j"), "an ND4J class was loaded");
    assertFalse(classes.contains("Nd4jCorrelation"), "the ND4J implementation was loaded");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void rejectsThresholdsOutOfRange() {
    CliRun bad = run("export", run.toString(), "--top", "3", "--min-dsr", "2");
    assertEquals(ExitCodes.USAGE, bad.code(), bad::toString);
    assertTrue(bad.err().contains("--min-dsr must be in [0, 1], got 2.0"), bad::toString);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
