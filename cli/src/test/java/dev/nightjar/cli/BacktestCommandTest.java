package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backtest, indicators and strategies on a small synthetic market. */
class BacktestCommandTest {
  @TempDir Path home;
  @TempDir Path work;

  private CliRun run(String... args) {
    return CliRun.inHome(home, args);
  }

  @BeforeEach
  void market() {
    assertEquals(0, run("data", "synth", "--symbols", "M", "--days", "20", "--seed", "5").code());
    assertEquals(0, run("data", "resample", "M:1m", "--to", "15m").code());
  }

  @Test
  void backtestPrintsMetricsAndWritesFilesThatAgree() throws IOException {
    Path out = work.resolve("bt");
    CliRun run =
        run(
            "backtest",
            "--data",
            "M:15m",
            "--strategy",
            "sma-cross",
            "--param",
            "fast=5",
            "--param",
            "slow=20",
            "--fee",
            "0.001",
            "--out",
            out.toString());
    assertEquals(0, run.code(), run::toString);
    assertTrue(
        run.out().startsWith("sma-cross on M:15m (1,920 bars), fast=5, slow=20"), run::toString);

    JsonNode stats = BaseCommand.JSON.readTree(out.resolve("stats.json").toFile());
    List<String> trades = Files.readAllLines(out.resolve("trades.csv"));
    List<String> equity = Files.readAllLines(out.resolve("equity.csv"));
    assertEquals(stats.get("metrics").get("trades").asInt(), trades.size() - 1);
    assertEquals(1921, equity.size());
    double lastEquity = Double.parseDouble(equity.get(1920).split(",")[1]);
    assertEquals(stats.get("metrics").get("final_equity").asDouble(), lastEquity);
    assertEquals(0.001, stats.get("execution").get("fee").asDouble());
  }

  @Test
  void badParameterIsAUsageErrorNamingTheRule() {
    CliRun run =
        run(
            "backtest",
            "--data",
            "M:15m",
            "--strategy",
            "sma-cross",
            "--param",
            "fast=30",
            "--param",
            "slow=20");
    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("constraint 'fast < slow' does not hold"), run::toString);
  }

  @Test
  void unknownStrategyListsTheKnownOnes() {
    CliRun run = run("backtest", "--data", "M:15m", "--strategy", "nope");
    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("known are sma-cross, ema-cross"), run::toString);
  }

  @Test
  void indicatorsWriteOneColumnPerOutput() throws IOException {
    Path csv = work.resolve("ind.csv");
    CliRun run =
        run(
            "indicators",
            "--data",
            "M:15m",
            "--spec",
            "sma:20",
            "--spec",
            "bbands:20,2",
            "--out",
            csv.toString());
    assertEquals(0, run.code(), run::toString);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(
        "timestamp_ms,sma_20,bbands_20_2_upper,bbands_20_2_middle,bbands_20_2_lower", lines.get(0));
    assertTrue(lines.get(19).endsWith(",,,,"), "warm-up rows are empty: " + lines.get(19));
    String[] cells = lines.get(20).split(",");
    assertEquals(cells[1], cells[3], "the middle band is the SMA");
  }

  @Test
  void listsAreComplete() {
    CliRun indicators = run("indicators", "--list");
    assertEquals(0, indicators.code(), indicators::toString);
    for (String name : List.of("sma", "ema", "rsi", "macd", "adx", "ichimoku", "sar", "vwap")) {
      assertTrue(indicators.out().contains("\n" + name + " "), name + " missing: " + indicators);
    }
    CliRun strategies = run("strategies");
    assertEquals(0, strategies.code(), strategies::toString);
    for (String name :
        List.of(
            "sma-cross",
            "ema-cross",
            "macd-cross",
            "rsi-reversion",
            "bollinger-reversion",
            "donchian-breakout",
            "supertrend")) {
      assertTrue(strategies.out().contains(name + " — "), name + " missing: " + strategies);
    }
  }
}
