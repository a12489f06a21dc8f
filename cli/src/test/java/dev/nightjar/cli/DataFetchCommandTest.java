package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.live.download.Served;
import dev.nightjar.live.phemex.fake.FakePhemex;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nightjar data fetch} against the in-process fake Phemex. */
class DataFetchCommandTest {
  private static final long H = 3_600_000L;

  /** 2024-01-01T00:00Z. */
  private static final long T0 = 1_704_067_200_000L;

  @TempDir Path home;
  private FakePhemex fake;
  private BarSeries served;

  @BeforeEach
  void start() throws Exception {
    fake = new FakePhemex("key", "secret", 100_000, 1000);
    served = Served.bars(Served.BTC_1H, T0, 3000);
    fake.klineHistory(served);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private CliRun fetch(String... extra) {
    String[] base = {"data", "fetch", "--base-url", fake.baseUrl().toString()};
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return CliRun.inHome(home, all);
  }

  @Test
  void fetchesIntoTheCacheThenIsUpToDate() {
    CliRun run =
        fetch(
            "--symbol",
            "BTCUSDT",
            "--timeframe",
            "1h",
            "--from",
            "2024-01-01",
            "--to",
            "2024-02-12");
    assertEquals(0, run.code(), run.toString());
    // 2024-01-01 .. 2024-02-12 is 42 days = 1,008 hourly bars: pages of 999 and 9.
    assertTrue(run.out().contains("Fetched 1,008 new bars of BTCUSDT:1h"), run.toString());
    assertTrue(run.out().contains("2 pages"), run.toString());
    assertTrue(run.out().contains("no gaps"), run.toString());
    Served.assertSameBars(served.view(0, 1008), new Cache(home).load(Served.BTC_1H));

    int requests = fake.calls(FakePhemex.KLINE_LIST);
    CliRun again =
        fetch(
            "--symbol",
            "BTCUSDT",
            "--timeframe",
            "1h",
            "--from",
            "2024-01-10",
            "--to",
            "2024-02-01");
    assertEquals(0, again.code(), again.toString());
    assertTrue(again.out().contains("BTCUSDT:1h is up to date: 1,008 bars"), again.toString());
    assertEquals(requests, fake.calls(FakePhemex.KLINE_LIST));
  }

  @Test
  void asStoresUnderAnotherCacheSymbol() {
    CliRun run =
        fetch(
            "--symbol",
            "BTCUSDT",
            "--timeframe",
            "1h",
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-02",
            "--as",
            "btc-phemex");
    assertEquals(0, run.code(), run.toString());
    SeriesId id = new SeriesId(Symbol.of("BTC-PHEMEX"), Timeframe.H1);
    assertEquals(24, new Cache(home).load(id).size());
    assertFalse(new Cache(home).contains(Served.BTC_1H));
  }

  @Test
  void jsonSummary() throws Exception {
    CliRun run =
        fetch(
            "--symbol",
            "BTCUSDT",
            "--timeframe",
            "1h",
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-02",
            "--json");
    assertEquals(0, run.code(), run.toString());
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertEquals("BTCUSDT:1h", summary.get("id").asText());
    assertEquals(24, summary.get("newBars").asInt());
    assertEquals(T0, summary.get("firstTime").asLong());
    assertEquals(T0 + 23 * H, summary.get("lastTime").asLong());
    assertEquals(1, summary.get("pagesRequested").asInt());
    assertEquals(0, summary.get("gaps").get("count").asInt());
  }

  @Test
  void anEndInTheFutureIsInvalidInput() {
    String future = TimeFormat.iso(System.currentTimeMillis() + 48 * H).substring(0, 10);
    CliRun run =
        fetch("--symbol", "BTCUSDT", "--timeframe", "1h", "--from", "2024-01-01", "--to", future);
    assertEquals(ExitCodes.INVALID_INPUT, run.code(), run.toString());
    assertTrue(run.err().contains("is after the exchange's clock"), run.toString());
    assertFalse(new Cache(home).contains(Served.BTC_1H));
  }

  @Test
  void anUnknownSymbolIsInvalidInput() {
    CliRun run = fetch("--symbol", "NOPEUSDT", "--timeframe", "1h", "--from", "2024-01-01");
    assertEquals(ExitCodes.INVALID_INPUT, run.code(), run.toString());
    assertTrue(run.err().contains("error: Phemex has no USDT-M perpetual 'NOPEUSDT'"), run.err());
  }

  @Test
  void aRangeWithoutBarsIsInvalidInput() {
    // The fake serves from 2024-01-01: nothing in 2023.
    CliRun run =
        fetch(
            "--symbol",
            "BTCUSDT",
            "--timeframe",
            "1h",
            "--from",
            "2023-01-01",
            "--to",
            "2023-02-01");
    assertEquals(ExitCodes.INVALID_INPUT, run.code(), run.toString());
    assertTrue(run.err().contains("has no bars in"), run.err());
  }

  @Test
  void anInvalidPageIsInvalidInputAndNothingIsCached() {
    double[] low = served.lows();
    low[5] = -1; // a negative price
    fake.klineHistory(
        BarSeries.of(
            served.id(),
            served.times(),
            served.opens(),
            served.highs(),
            low,
            served.closes(),
            served.volumes()));
    CliRun run =
        fetch(
            "--symbol",
            "BTCUSDT",
            "--timeframe",
            "1h",
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-03");
    assertEquals(ExitCodes.INVALID_INPUT, run.code(), run.toString());
    assertTrue(run.err().contains("bar 2024-01-01T05:00:00Z: column 'low'"), run.err());
    assertFalse(new Cache(home).contains(Served.BTC_1H));
  }

  @Test
  void usageErrors() {
    assertEquals(
        ExitCodes.USAGE,
        fetch("--symbol", "BTCUSDT", "--timeframe", "2h", "--from", "2024-01-01").code(),
        "a timeframe Phemex does not serve");
    CliRun reversed =
        fetch(
            "--symbol",
            "BTCUSDT",
            "--timeframe",
            "1h",
            "--from",
            "2024-02-01",
            "--to",
            "2024-01-01");
    assertEquals(ExitCodes.USAGE, reversed.code(), reversed.toString());
    assertTrue(reversed.err().contains("must be after --from"), reversed.err());
    assertEquals(
        ExitCodes.USAGE,
        fetch(
                "--exchange",
                "binance",
                "--symbol",
                "BTCUSDT",
                "--timeframe",
                "1h",
                "--from",
                "2024-01-01")
            .code());
    assertEquals(
        ExitCodes.USAGE,
        fetch("--testnet", "--symbol", "BTCUSDT", "--timeframe", "1h", "--from", "2024-01-01")
            .code());
    assertEquals(
        ExitCodes.USAGE,
        fetch("--symbol", "BTCUSDT", "--timeframe", "1h", "--from", "yesterday").code());
  }

  @Test
  void anUnreachableExchangeIsNotReportedAsABug() {
    fake.close();
    CliRun run = fetch("--symbol", "BTCUSDT", "--timeframe", "1h", "--from", "2024-01-01");
    assertEquals(ExitCodes.INTERNAL, run.code(), run.toString());
    assertTrue(run.err().startsWith("error: Phemex: /public/time: connection failed"), run.err());
    assertFalse(run.err().contains("bug"), run.err());
  }
}
