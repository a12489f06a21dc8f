package dev.nightjar.optimizer.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Funding;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.data.Timeframe;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.Objective;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepSpecTest {
  private static final Path FILE = Path.of("spec.json");

  private static final String FULL =
      """
      {
        "name": "demo",
        "data": {"symbols": ["btcusdt", "data/x.csv"], "timeframe": "1h",
                 "from": "2024-01-01", "to": "2024-02-01T12:00"},
        "strategies": [
          {"strategy": "sma-cross", "direction": "long-only",
           "params": {"fast": {"from": 5, "to": 20, "step": 5}, "slow": {"values": [40, 30]}},
           "constraints": ["slow - fast >= 20"]},
          {"strategy": "rsi-reversion", "params": {"lower": {"from": 20, "to": 30}, "upper": 70}}
        ],
        "execution": {"fee": 0.0006},
        "search": {"method": "random", "samples": 50, "seed": 7},
        "objective": {"metric": "max_drawdown", "direction": "max"},
        "filters": {"minTrades": 10, "maxDrawdown": 0.5, "min": {"sharpe": 0.5},
                    "max": {"exposure": 0.9, "trades": 100}},
        "top": 5,
        "maxFailureShare": 0.1
      }
      """;

  private static final String MINIMAL =
      """
      {"data": {"symbols": ["BTCUSDT"], "timeframe": "1h"},
       "strategy": "sma-cross", "params": {"fast": {"values": [5, 10]}}}
      """;

  @Test
  void readsEveryField() {
    SweepSpec s = SweepSpec.parse(FULL, FILE);
    assertEquals("demo", s.name());
    // Symbol names are upper-cased; file paths kept as written.
    assertEquals(List.of("BTCUSDT", "data/x.csv"), s.data().symbols());
    assertEquals(Timeframe.H1, s.data().timeframe());
    assertEquals(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(), s.data().from());
    assertEquals(Instant.parse("2024-02-01T12:00:00Z").toEpochMilli(), s.data().to());

    StrategySpec sma = s.strategies().get(0);
    assertEquals(Strategies.byName("sma-cross"), sma.strategy());
    assertEquals(Direction.LONG_ONLY, sma.direction());
    assertArrayEquals(new double[] {5, 10, 15, 20}, sma.params().get(0).levels());
    // Explicit values are sorted.
    assertArrayEquals(new double[] {30, 40}, sma.params().get(1).levels());
    assertEquals("slow - fast >= 20", sma.constraints().get(0).text());

    StrategySpec rsi = s.strategies().get(1);
    assertEquals(Direction.LONG_SHORT, rsi.direction());
    // period is not listed: its default 14; lower's step defaults to rsi-reversion's own (5).
    assertEquals(
        List.of(
            ParamRange.of("period", 14),
            ParamRange.of("lower", 20, 25, 30),
            ParamRange.of("upper", 70)),
        rsi.params());
    assertTrue(rsi.constraints().isEmpty());

    assertEquals(EngineConfig.defaults().toBuilder().fee(0.0006).build(), s.execution());
    assertEquals(new SearchSpec.Random(50, 7), s.search());
    assertEquals(new Objective(Metric.MAX_DRAWDOWN, true), s.objective());
    // One filter per metric, in metric order: sharpe, max_drawdown, trades, exposure.
    assertEquals(
        List.of(
            Filter.atLeast(Metric.SHARPE, 0.5),
            Filter.atMost(Metric.MAX_DRAWDOWN, 0.5),
            new Filter(Metric.TRADES, 10, 100),
            Filter.atMost(Metric.EXPOSURE, 0.9)),
        s.filters());
    assertEquals(5, s.top());
    assertEquals(0.1, s.maxFailureShare());
  }

  @Test
  void missingSettingsTakeTheirDefaults() {
    SweepSpec s =
        SweepSpec.parse(
            "{\"data\": {\"symbols\": \"*\", \"timeframe\": \"5m\"},"
                + " \"strategy\": \"donchian-breakout\"}",
            Path.of("dir", "my sweep!.json"));
    assertEquals("my-sweep-", s.name());
    assertTrue(s.data().allCached());
    assertEquals(Long.MIN_VALUE, s.data().from());
    assertEquals(Long.MAX_VALUE, s.data().to());
    assertEquals(List.of(ParamRange.of("period", 20)), s.strategies().get(0).params());
    assertEquals(Direction.LONG_SHORT, s.strategies().get(0).direction());
    assertEquals(EngineConfig.defaults(), s.execution());
    assertEquals(new SearchSpec.Grid(), s.search());
    assertEquals(new Objective(Metric.SHARPE, true), s.objective());
    assertEquals(List.of(), s.filters());
    assertEquals(20, s.top());
    assertEquals(0.01, s.maxFailureShare());
  }

  @Test
  void objectiveAsAKeyTakesTheMetricsOwnDirection() {
    String json = MINIMAL.replace("}}}", "}}, \"objective\": \"max_drawdown\"}");
    assertEquals(
        new Objective(Metric.MAX_DRAWDOWN, false), SweepSpec.parse(json, FILE).objective());
  }

  @Test
  void aNumberIsASingleLevel() {
    String json = MINIMAL.replace("{\"values\": [5, 10]}", "7");
    assertEquals(
        ParamRange.of("fast", 7), SweepSpec.parse(json, FILE).strategies().get(0).params().get(0));
  }

  @Test
  void shorthandAndListFormAreTheSameSpec() {
    String list =
        """
        {"data": {"symbols": ["BTCUSDT"], "timeframe": "1h"},
         "strategies": [{"strategy": "sma-cross", "params": {"fast": {"values": [5, 10]}}}]}
        """;
    SweepSpec a = SweepSpec.parse(MINIMAL, FILE);
    SweepSpec b = SweepSpec.parse(list, FILE);
    assertEquals(a.strategies().get(0).params(), b.strategies().get(0).params());
    assertEquals(a.hash(), b.hash());
  }

  @Test
  void hashIgnoresFormattingKeyOrderSpellingAndExplicitDefaults() {
    String reformatted =
        """
        {
          "strategies": [{"params": {"fast": {"from": 5, "to": 10, "step": 5}, "slow": 30},
                          "direction": "long-short", "strategy": "sma-cross",
                          "constraints": []}],
          "search": {"method": "grid"},
          "objective": {"metric": "sharpe"},
          "data": {"timeframe": "60m", "symbols": ["btcusdt"]},
          "execution": {"fee": 0.0006, "cash": 10000},
          "top": 20,
          "name": "another-name"
        }
        """;
    String base = MINIMAL.replace("}}}", "}}, \"execution\": {\"fee\": 0.0006}}");
    assertEquals(
        SweepSpec.parse(base, FILE).canonicalJson(),
        SweepSpec.parse(reformatted, FILE).canonicalJson());
    assertEquals(SweepSpec.parse(base, FILE).hash(), SweepSpec.parse(reformatted, FILE).hash());
  }

  @Test
  void hashChangesWithAnyValue() {
    String base =
        """
        {"data": {"symbols": ["BTCUSDT"], "timeframe": "1h"},
         "strategy": "sma-cross", "params": {"fast": {"values": [5, 10]}},
         "execution": {"fee": 0.0006}}
        """;
    String hash = SweepSpec.parse(base, FILE).hash();
    List<String> changed =
        List.of(
            base.replace("0.0006", "0.0007"),
            base.replace("[5, 10]", "[5, 11]"),
            base.replace("BTCUSDT", "ETHUSDT"),
            base.replace("1h", "4h"),
            base.replace("\"1h\"", "\"1h\", \"to\": \"2025-01-01\""),
            base.replace("\"execution\"", "\"top\": 21, \"execution\""),
            base.replace("\"execution\"", "\"maxFailureShare\": 0.5, \"execution\""),
            base.replace("\"execution\"", "\"direction\": \"long-only\", \"execution\""),
            base.replace("\"execution\"", "\"constraints\": [\"fast < 8\"], \"execution\""),
            base.replace("\"execution\"", "\"objective\": \"sortino\", \"execution\""),
            base.replace("\"execution\"", "\"filters\": {\"minTrades\": 1}, \"execution\""),
            base.replace(
                "\"execution\"",
                "\"search\": {\"method\": \"random\", \"samples\": 1}, \"execution\""),
            base.replace(
                "\"execution\"",
                "\"search\": {\"method\": \"halving\", \"samples\": 1}, \"execution\""));
    for (String json : changed) {
      assertNotEquals(hash, SweepSpec.parse(json, FILE).hash(), json);
    }
  }

  @Test
  void hashIsTheSha256OfTheCanonicalJson() throws Exception {
    SweepSpec s = SweepSpec.parse(FULL, FILE);
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(s.canonicalJson().getBytes(StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(digest), s.hash());
    assertTrue(s.canonicalJson().startsWith("{\"data\":{\"from\":1704067200000,"));
  }

  @Test
  void readsAFileAndResolvesFundingCsvNextToIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("funding.csv"), "time,rate\n2024-01-01T00:00:00Z,0.0001\n");
    Path file = dir.resolve("night.json");
    Files.writeString(
        file, MINIMAL.replace("}}}", "}}, \"execution\": {\"fundingCsv\": \"funding.csv\"}}"));
    SweepSpec s = SweepSpec.read(file);
    assertEquals("night", s.name());
    assertEquals(
        new Funding.Schedule(
            new long[] {Instant.parse("2024-01-01T00:00:00Z").toEpochMilli()},
            new double[] {0.0001}),
        s.execution().funding());
  }
}
