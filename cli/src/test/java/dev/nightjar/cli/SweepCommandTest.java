package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep, report and export on a small synthetic market, in-process. */
class SweepCommandTest {
  @TempDir Path home;
  @TempDir Path work;

  private CliRun run(String... args) {
    return CliRun.inHome(home, args);
  }

  private Path spec(String json) throws IOException {
    Path spec = work.resolve("spec.json");
    Files.writeString(spec, json);
    return spec;
  }

  private static final String GOOD =
      "{\"name\": \"small\", \"data\": {\"symbols\": [\"S-A\", \"S-B\"], \"timeframe\": \"15m\"},"
          + " \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 5, \"to\": 20,"
          + " \"step\": 5}, \"slow\": {\"values\": [30, 60]}}, \"filters\": {\"minTrades\": 1},"
          + " \"top\": 3}";

  @BeforeEach
  void market() {
    assertEquals(0, run("data", "synth", "--symbols", "S-A,S-B", "--days", "10").code());
  }

  @Test
  void sweepsResamplingFromOneMinuteThenReportsAndExports() throws IOException {
    Path out = work.resolve("run");
    CliRun sweep = run("sweep", spec(GOOD).toString(), "--out", out.toString());
    assertEquals(0, sweep.code(), sweep::toString);
    assertTrue(sweep.err().contains("Resampled S-A:1m to S-A:15m"), sweep::toString);
    assertTrue(sweep.out().contains("top 10 by sharpe"), sweep::toString);
    // 4 fast x 2 slow, all with fast < slow, on 2 symbols.
    assertEquals(1 + 8 * 2, Files.readAllLines(out.resolve("results.csv")).size());
    List<Path> configs = list(out.resolve("configs"));
    assertEquals(3, configs.size());
    JsonNode config = BaseCommand.JSON.readTree(configs.get(0).toFile());
    assertEquals("nightjar.strategy-config/1", config.get("schema").asText());
    assertEquals("sma-cross", config.get("strategy").asText());

    CliRun report = run("report", out.toString());
    assertEquals(0, report.code(), report::toString);
    assertTrue(Files.exists(out.resolve("marginals.csv")));
    assertTrue(Files.exists(out.resolve("best-per-symbol.csv")));

    Path elsewhere = work.resolve("live");
    CliRun export = run("export", out.toString(), "--top", "2", "--out", elsewhere.toString());
    assertEquals(0, export.code(), export::toString);
    assertEquals(2, list(elsewhere.resolve("configs")).size());
    assertEquals(
        Files.readString(configs.get(0)),
        Files.readString(list(elsewhere.resolve("configs")).get(0)));
  }

  @Test
  void outputsDoNotDependOnTheThreadCount() throws IOException {
    Path spec = spec(GOOD);
    Path one = work.resolve("one");
    Path two = work.resolve("two");
    assertEquals(
        0, run("sweep", spec.toString(), "--out", one.toString(), "--threads", "1").code());
    assertEquals(
        0, run("sweep", spec.toString(), "--out", two.toString(), "--threads", "2").code());
    for (String name : List.of("results.csv", "top.csv")) {
      assertEquals(Files.readString(one.resolve(name)), Files.readString(two.resolve(name)), name);
    }
  }

  @Test
  void anInvalidSpecExitsThreeNamingTheJsonPathBeforeAnyWork() throws IOException {
    Path out = work.resolve("never");
    CliRun run =
        run(
            "sweep",
            spec(GOOD.replace("\"step\": 5", "\"step\": 0")).toString(),
            "--out",
            out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code(), run::toString);
    assertTrue(run.err().contains("$.params.fast.step: must be > 0, got 0"), run::toString);
    assertFalse(Files.exists(out), "nothing was started");
  }

  @Test
  void aMissingSymbolIsNamedAtItsPath() throws IOException {
    CliRun run =
        run(
            "sweep",
            spec(GOOD.replace("\"S-B\"", "\"S-NOPE\"")).toString(),
            "--out",
            work.resolve("x").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code(), run::toString);
    assertTrue(
        run.err().contains("$.data.symbols[1]: S-NOPE:15m is not in the cache"), run::toString);
  }

  @Test
  void aSecondSweepIntoTheSameFolderIsRefused() throws IOException {
    Path out = work.resolve("run");
    Path spec = spec(GOOD);
    assertEquals(0, run("sweep", spec.toString(), "--out", out.toString()).code());
    CliRun again = run("sweep", spec.toString(), "--out", out.toString());
    assertEquals(ExitCodes.USAGE, again.code(), again::toString);
    assertTrue(again.err().contains("already holds a sweep: add --resume"), again::toString);
  }

  /** 10 days of 15m bars: train 4 d, test 1 d, step 1 d gives tests at days 4..9, 6 folds. */
  private static final String WALK_FORWARD =
      GOOD.replace(
          "\"top\": 3}",
          "\"top\": 3, \"validation\": {\"walkForward\": {\"train\": \"4d\", \"test\":"
              + " \"1d\"}}}");

  @Test
  void aWalkForwardSweepReportsOutOfSampleAndReportAndExportAgree() throws IOException {
    Path out = work.resolve("wf");
    CliRun sweep = run("sweep", spec(WALK_FORWARD).toString(), "--out", out.toString());
    assertEquals(0, sweep.code(), sweep::toString);
    assertTrue(sweep.out().contains("validation: walk-forward, 6 folds"), sweep::toString);
    assertTrue(sweep.out().contains("walk-forward efficiency: "), sweep::toString);
    // 6 folds x 2 symbols x 8 combinations, each row naming its fold.
    List<String> results = Files.readAllLines(out.resolve("results.csv"));
    assertEquals(1 + 6 * 2 * 8, results.size());
    assertTrue(results.get(0).startsWith("symbol,fold,strategy,"), results.get(0));
    assertTrue(Files.readString(out.resolve("oos.csv")).contains("\nstitched,,,S-A:15m,"));
    List<Path> configs = list(out.resolve("configs"));
    assertFalse(configs.isEmpty());
    JsonNode config = BaseCommand.JSON.readTree(configs.get(0).toFile());
    assertEquals("walk-forward", config.at("/outOfSample/method").asText());
    assertTrue(
        config.at("/inSample/metrics/sharpe").isNumber()
            || config.at("/inSample/metrics/sharpe").isTextual());
    String first = Files.readString(configs.get(0));
    String oos = Files.readString(out.resolve("oos.csv"));

    // report recomputes the out-of-sample stage from the log: the same files.
    CliRun report = run("report", out.toString());
    assertEquals(0, report.code(), report::toString);
    assertEquals(oos, Files.readString(out.resolve("oos.csv")));
    assertEquals(first, Files.readString(list(out.resolve("configs")).get(0)));
    // export ranks validated configs the same way.
    Path elsewhere = work.resolve("live");
    CliRun export = run("export", out.toString(), "--top", "1", "--out", elsewhere.toString());
    assertEquals(0, export.code(), export::toString);
    assertEquals(first, Files.readString(list(elsewhere.resolve("configs")).get(0)));
  }

  @Test
  void theWalkForwardExampleRunsOnTheDemoData() throws IOException {
    Path out = work.resolve("example");
    CliRun sweep =
        run(
            "sweep",
            Path.of("..", "examples", "walk-forward-sweep.json").toString(),
            "--out",
            out.toString());
    assertEquals(0, sweep.code(), sweep::toString);
    assertTrue(sweep.out().contains("validation: walk-forward, 8 folds"), sweep::toString);
    assertTrue(Files.exists(out.resolve("oos.csv")));
    List<Path> configs = list(out.resolve("configs"));
    assertEquals(10, configs.size());
    for (Path c : configs) {
      JsonNode config = BaseCommand.JSON.readTree(c.toFile());
      assertTrue(config.at("/outOfSample/windows/0/fold").isInt(), c::toString);
      assertTrue(config.at("/inSample/from").isIntegralNumber(), c::toString);
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
