package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.cache.Cache;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data commands end to end: real files in a temporary home, exit codes and messages. */
class DataCommandsTest {
  @TempDir Path home;
  @TempDir Path work;

  private CliRun run(String... args) {
    return CliRun.inHome(home, args);
  }

  private static Path resource(String name) {
    try {
      return Path.of(DataCommandsTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void importSortsStoresAndListsThenExportsTheSameValues() throws IOException {
    CliRun imported =
        run(
            "data",
            "import",
            resource("small-1h.csv").toString(),
            "--symbol",
            "test",
            "--timeframe",
            "1h");
    assertEquals(0, imported.code(), imported::toString);
    assertTrue(imported.out().startsWith("Imported 4 bars of TEST:1h"), imported::toString);
    // 03:00 is missing between the third (02:00) and fourth (04:00) rows.
    assertTrue(imported.out().contains("1 gaps (1 missing bars), longest 2h"), imported::toString);

    CliRun json = run("data", "list", "--json");
    assertEquals(0, json.code(), json::toString);
    assertTrue(json.out().contains("\"id\" : \"TEST:1h\""), json::toString);

    CliRun list = run("data", "list");
    assertEquals(0, list.code(), list::toString);
    assertTrue(
        list.out().lines().anyMatch(l -> l.startsWith("TEST") && l.contains(" 1h ")),
        list::toString);

    Path csv = work.resolve("out.csv");
    CliRun export = run("data", "export", "TEST:1h", "--out", csv.toString());
    assertEquals(0, export.code(), export::toString);
    List<String> lines = Files.readAllLines(csv);
    assertEquals("timestamp_ms,open,high,low,close,volume", lines.get(0));
    assertEquals("1704067200000,100.0,102.0,99.0,101.0,10.0", lines.get(1));
    assertEquals("1704081600000,101.25,104.0,101.0,103.75,20.0", lines.get(4));
  }

  @Test
  void badRowExitsThreeNamingLineColumnAndLeavesTheCacheUntouched() {
    CliRun first =
        run(
            "data",
            "import",
            resource("small-1h.csv").toString(),
            "--symbol",
            "X",
            "--timeframe",
            "1h");
    assertEquals(0, first.code(), first::toString);
    BarSeries before = new Cache(home).load(SeriesId.parse("X:1h"));

    CliRun bad =
        run(
            "data",
            "import",
            resource("bad-high.csv").toString(),
            "--symbol",
            "X",
            "--timeframe",
            "1h");
    assertEquals(ExitCodes.INVALID_INPUT, bad.code(), bad::toString);
    assertTrue(
        bad.err().startsWith("error: " + resource("bad-high.csv") + ":3: column 'high'"),
        bad::toString);
    assertEquals(1, bad.err().lines().count(), "one line without -v: " + bad);

    BarSeries after = new Cache(home).load(SeriesId.parse("X:1h"));
    assertArrayEquals(before.closes(), after.closes());
    assertArrayEquals(before.times(), after.times());
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRun bad =
        run(
            "data",
            "import",
            resource("bad-high.csv").toString(),
            "--symbol",
            "X",
            "--timeframe",
            "1h",
            "-v");
    assertEquals(ExitCodes.INVALID_INPUT, bad.code(), bad::toString);
    assertTrue(bad.err().contains("at dev.nightjar.data.io"), bad::toString);
  }

  @Test
  void missingFileIsAUsageError() {
    CliRun run =
        run(
            "data",
            "import",
            work.resolve("nope.csv").toString(),
            "--symbol",
            "X",
            "--timeframe",
            "1h");
    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertEquals(
        "error: file not found: " + work.resolve("nope.csv") + "\n", run.err(), run::toString);
  }

  @Test
  void validateExitsThreeOnErrorsAndPrintsJson() {
    CliRun text = run("data", "validate", resource("bad-high.csv").toString());
    assertEquals(ExitCodes.INVALID_INPUT, text.code(), text::toString);
    assertTrue(text.out().contains("1 errors"), text::toString);

    CliRun json = run("data", "validate", resource("small-1h.csv").toString(), "--json");
    assertEquals(0, json.code(), json::toString);
    assertTrue(json.out().contains("\"timeframeInferred\" : true"), json::toString);
  }

  @Test
  void unknownCachedSeriesSaysHowToGetIt() {
    CliRun run = run("data", "export", "NOPE:1h", "--out", work.resolve("x.csv").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code(), run::toString);
    assertTrue(run.err().contains("nightjar data import"), run::toString);
    assertFalse(Files.exists(work.resolve("x.csv")));
  }

  @Test
  void synthThenResampleDropsNothingOnWholeDays() {
    CliRun synth = run("data", "synth", "--symbols", "S-A,S-B", "--days", "2", "--seed", "3");
    assertEquals(0, synth.code(), synth::toString);
    assertTrue(synth.out().contains("S-A:1m"), synth::toString);

    CliRun resample = run("data", "resample", "S-A:1m", "--to", "1h");
    assertEquals(0, resample.code(), resample::toString);
    assertTrue(
        resample.out().startsWith("Resampled 2,880 bars of S-A:1m into 48 bars of S-A:1h"),
        resample::toString);
    assertFalse(resample.out().contains("dropped"), resample::toString);
  }

  @Test
  void synthIsDeterministic() throws IOException {
    run("data", "synth", "--symbols", "D", "--days", "1", "--seed", "9");
    byte[] first = Files.readAllBytes(new Cache(home).pathFor(SeriesId.parse("D:1m")));
    run("data", "synth", "--symbols", "D", "--days", "1", "--seed", "9");
    byte[] second = Files.readAllBytes(new Cache(home).pathFor(SeriesId.parse("D:1m")));
    assertArrayEquals(first, second);
  }
}
