package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NightjarTest {
  @Test
  void helpListsCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.code(), run::toString);
    assertTrue(run.out().contains("demo"), run::toString);
    assertTrue(run.out().contains("data"), run::toString);
    assertTrue(run.out().contains("130  interrupted"), run::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "data import --help",
        "data validate --help",
        "data list --help",
        "data export --help",
        "data resample --help",
        "data synth --help",
        "demo --help"
      })
  void everyCommandHasHelpWithExitCodes(String args) {
    CliRun run = CliRun.of(args.split(" "));
    assertEquals(0, run.code(), run::toString);
    assertTrue(run.out().contains("Exit codes:"), run::toString);
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("data", "list", "--bogus");
    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("Unknown option: '--bogus'"), run::toString);
  }

  @Test
  void badTimeframeIsAUsageErrorNamingTheValue() {
    CliRun run = CliRun.of("data", "import", "x.csv", "--symbol", "BTCUSDT", "--timeframe", "7m");
    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("unknown timeframe '7m'"), run::toString);
  }

  @Test
  void badSymbolIsAUsageErrorNamingTheValue() {
    CliRun run = CliRun.of("data", "import", "x.csv", "--symbol", "BTC/USDT", "--timeframe", "1h");
    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("invalid symbol 'BTC/USDT'"), run::toString);
  }

  @Test
  void versionPrints() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.code(), run::toString);
    assertTrue(run.out().startsWith("nightjar "), run::toString);
  }
}
