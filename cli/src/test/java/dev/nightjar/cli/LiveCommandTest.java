package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.data.TimeFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveCommandTest {
  @TempDir Path home;
  @TempDir Path work;
  private LiveFixtures f;

  @BeforeEach
  void setUp() throws IOException {
    f = new LiveFixtures(home, work, 600, EngineConfig.builder().slippageBps(2).build());
  }

  @Test
  void replayPrintsTheBacktestsTrades() {
    CliRun r =
        CliRun.inHome(
            home,
            "live",
            "--config",
            f.configFile.toString(),
            "--replay",
            "LIVE-A:1h",
            "--limits",
            f.limitsFile.toString(),
            "--state-dir",
            work.resolve("state").toString());
    assertEquals(0, r.code(), r.toString());
    List<Trade> expected = f.backtestTrades();
    assertTrue(expected.size() >= 5, "trades: " + expected.size());
    List<String> rows = r.out().lines().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT.*")).toList();
    assertEquals(expected.size(), rows.size(), r.out());
    for (int i = 0; i < rows.size(); i++) {
      Trade t = expected.get(i);
      String[] cells = rows.get(i).trim().split("\\s+");
      assertEquals(TimeFormat.iso(t.entryTime()), cells[0]);
      assertEquals(TimeFormat.iso(t.exitTime()), cells[1]);
      assertEquals(t.side().name(), cells[2]);
      assertEquals(String.format(Locale.ROOT, "%.6g", t.entryPrice()), cells[4]);
      assertEquals(String.format(Locale.ROOT, "%.6g", t.pnl()), cells[7]);
    }
    assertTrue(
        r.out().contains(expected.size() + " trades, " + f.series.size() + " bars"), r.out());
    assertTrue(Files.exists(work.resolve("state").resolve("state.json")));
  }

  @Test
  void defaultLimitsStopTheReplayWithTheKillSwitchCode() {
    Path strictLimits = work.resolve("strict.json");
    CliRun r =
        CliRun.inHome(
            home,
            "live",
            "--config",
            f.configFile.toString(),
            "--replay",
            "LIVE-A:1h",
            "--limits",
            writeLimits(
                strictLimits,
                "{\"schema\": \"nightjar.live-limits/1\", \"dailyLossLimit\": 0.001}"));
    assertEquals(ExitCodes.KILLED, r.code(), r.toString());
    assertTrue(r.err().contains("stopped: kill switch: daily loss"), r.err());
  }

  @Test
  void liveNeedsTheConfirmationFlag() {
    CliRun r = CliRun.inHome(home, "live", "--config", f.configFile.toString(), "--live");
    assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    assertTrue(r.err().contains("--i-understand-this-trades-real-money"), r.err());
  }

  @Test
  void liveReplayOnMainnetIsAUsageError() {
    // Historical signals would become market orders on the real account.
    CliRun r =
        CliRun.inHome(
            home,
            "live",
            "--config",
            f.configFile.toString(),
            "--live",
            "--i-understand-this-trades-real-money",
            "--replay",
            "LIVE-A:1h");
    assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    assertTrue(
        r.err().contains("--live --replay sends orders for past bars: add --testnet or --base-url"),
        r.err());
  }

  @Test
  void liveNeedsCredentials() throws IOException {
    Path creds = Files.writeString(work.resolve("creds.properties"), "NIGHTJAR_PHEMEX_API_KEY=k\n");
    CliRun r =
        CliRun.inHome(
            home,
            "live",
            "--config",
            f.configFile.toString(),
            "--live",
            "--i-understand-this-trades-real-money",
            "--credentials",
            creds.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    assertTrue(r.err().contains("credentials file"), r.err());
  }

  @Test
  void configOverTheLimitsIsInvalidWithItsPath() throws IOException {
    String text =
        Files.readString(f.configFile)
            .replace("\"leverage\": 1.0", "\"leverage\": 8.0")
            .replace("\"stopLoss\": 0.0", "\"stopLoss\": 0.4");
    Path bad = Files.writeString(work.resolve("bad.json"), text);
    CliRun r = CliRun.inHome(home, "live", "--config", bad.toString(), "--replay", "LIVE-A:1h");
    assertEquals(ExitCodes.INVALID_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains("$.execution.leverage: must be <= 3"), r.err());
    assertTrue(r.err().contains("$.execution.stopLoss: must be <= 0.2"), r.err());
  }

  @Test
  void badSpeedIsAUsageError() {
    CliRun r =
        CliRun.inHome(
            home,
            "live",
            "--config",
            f.configFile.toString(),
            "--replay",
            "LIVE-A:1h",
            "--speed",
            "fast");
    assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    assertTrue(r.err().contains("--speed must be max or a number > 0"), r.err());
  }

  private static String writeLimits(Path file, String json) {
    try {
      return Files.writeString(file, json).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
