package dev.nightjar.optimizer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Funding;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.ConfigException;
import dev.nightjar.data.SeriesId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategyConfigsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static StrategyConfig sample() {
    Map<String, Double> params = new LinkedHashMap<>();
    params.put("fast", 10.0);
    params.put("slow", 30.0);
    Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      metrics.put(m, m.ordinal() / 4.0);
    }
    metrics.put(Metric.SHARPE, 1.23);
    metrics.put(Metric.SORTINO, Double.NaN);
    metrics.put(Metric.PROFIT_FACTOR, Double.POSITIVE_INFINITY);
    metrics.put(Metric.KELLY, Double.NEGATIVE_INFINITY);
    EngineConfig execution =
        EngineConfig.defaults().toBuilder()
            .fee(0.0006)
            .funding(new Funding.Schedule(new long[] {0, 28_800_000}, new double[] {1e-4, -2e-4}))
            .build();
    return new StrategyConfig(
        "sma-cross",
        Direction.LONG_SHORT,
        params,
        SeriesId.parse("DEMO-BTC:1h"),
        execution,
        metrics,
        1,
        Metric.SHARPE,
        1.23,
        new Provenance(
            "demo-1",
            "sha256:0f",
            "crc32c:89abcdef:n=8761:1704067200000..1735603200000",
            1_704_067_200_000L,
            1_735_603_200_000L,
            "0.1.0-SNAPSHOT",
            1_764_100_000_000L));
  }

  /** {@link #sample()} as a validated sweep exports it: both sample blocks and robustness. */
  static StrategyConfig validated() {
    StrategyConfig c = sample();
    Map<Metric, Double> oos = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      oos.put(m, -m.ordinal() / 8.0);
    }
    oos.put(Metric.SHARPE, Double.NaN);
    Map<String, Double> robustness = new LinkedHashMap<>();
    robustness.put("psr", 0.97);
    robustness.put("mc_p5_max_drawdown", Double.POSITIVE_INFINITY);
    return c.withFigures(
        new InSample(new SampleWindow(3, 1_704_067_200_000L, 1_714_431_600_000L), c.metrics()),
        new OutOfSample(
            "walk-forward",
            List.of(
                new SampleWindow(3, 1_714_431_600_000L, 1_717_023_600_000L),
                new SampleWindow(5, 1_719_615_600_000L, 1_722_207_600_000L)),
            oos),
        robustness);
  }

  @Test
  void validationBlocksAndRobustnessRoundTripAfterTheProvenance() throws IOException {
    Path file = dir.resolve("rank-001.json");
    StrategyConfigs.write(file, validated());
    assertEquals(validated(), StrategyConfigs.read(file));
    JsonNode tree = JSON.readTree(file.toFile());
    List<String> fields = new java.util.ArrayList<>();
    tree.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of("provenance", "inSample", "outOfSample", "robustness"),
        fields.subList(fields.indexOf("provenance"), fields.size()));
    assertEquals(5, tree.at("/outOfSample/windows/1/fold").intValue());
    assertEquals("NaN", tree.at("/outOfSample/metrics/sharpe").textValue());
    assertEquals("Infinity", tree.at("/robustness/mc_p5_max_drawdown").textValue());
    // A config without the optional blocks writes none of them (the schema stays additive).
    assertTrue(!StrategyConfigs.toJson(sample()).contains("inSample"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "inSample.extra | 1 | $.inSample.extra: unknown field; expected one of [fold, from,",
        "inSample.fold | 0 | $.inSample.fold: must be >= 1, got 0",
        "inSample.to | 1 | $.inSample.to: must be > from (1704067200000), got 1",
        "inSample.metrics.sharp | 1 | $.inSample.metrics.sharp: unknown field",
        "inSample | - | $: inSample and outOfSample come together, or neither",
        "outOfSample.method | \"cv\" | $.outOfSample.method: expected holdout or walk-forward,",
        "outOfSample.windows | [] | $.outOfSample.windows: expected a non-empty list of windows",
        "outOfSample.windows | [{\"fold\": 1, \"from\": 2}] | $.outOfSample.windows[0].to:"
            + " required",
        "outOfSample.metrics | - | $.outOfSample.metrics: required",
        "robustness.PSR | 1 | $.robustness.PSR: expected a name matching",
        "robustness.psr | \"high\" | `$.robustness.psr: expected a number, \"NaN\"`",
        "robustness | [] | $.robustness: expected an object, got []",
      })
  void validationBlockProblemsAreNamedAtTheirPaths(String path, String value, String expected)
      throws IOException {
    Path file = file(mutate(validated(), path, value));
    ConfigException e = assertThrows(ConfigException.class, () -> StrategyConfigs.read(file));
    assertTrue(
        e.getMessage().startsWith(file + ": " + expected),
        () -> "expected " + expected + "\ngot " + e);
  }

  private Path file(String json) throws IOException {
    Path file = dir.resolve("cfg.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void writeThenReadGivesTheSameConfig() {
    Path file = dir.resolve("configs/rank-001.json");
    StrategyConfigs.write(file, sample());
    StrategyConfig read = StrategyConfigs.read(file);
    assertEquals(sample(), read);
    // The live runner asks for the values in its strategy's parameter order.
    assertArrayEquals(new double[] {30, 10}, read.values(List.of("slow", "fast")));
    assertThrows(IllegalArgumentException.class, () -> read.values(List.of("period")));
  }

  @Test
  void jsonHasTheSchemaOrderIntegersAndNonFiniteStrings() throws IOException {
    String text = StrategyConfigs.toJson(sample());
    assertTrue(
        text.startsWith(
            "{\n"
                + "  \"schema\": \"nightjar.strategy-config/1\",\n"
                + "  \"strategy\": \"sma-cross\",\n"
                + "  \"direction\": \"long-short\",\n"
                + "  \"params\": {\n"
                + "    \"fast\": 10,\n"
                + "    \"slow\": 30\n"
                + "  },\n"
                + "  \"symbol\": \"DEMO-BTC\",\n"
                + "  \"timeframe\": \"1h\",\n"
                + "  \"execution\": {\n"),
        text);
    assertTrue(text.endsWith("\"createdAt\": 1764100000000\n  }\n}\n"), text);
    JsonNode tree = JSON.readTree(text);
    assertEquals(
        "NaN|Infinity|-Infinity|1.23",
        tree.at("/metrics/sortino").textValue()
            + "|"
            + tree.at("/metrics/profit_factor").textValue()
            + "|"
            + tree.at("/metrics/kelly").textValue()
            + "|"
            + tree.at("/metrics/sharpe").doubleValue());
    assertEquals("sharpe", tree.at("/objective/metric").textValue());
    assertEquals(1, tree.at("/rank").intValue());
    assertTrue(tree.at("/params/fast").isIntegralNumber());
    assertEquals(0.0006, tree.at("/execution/fee").doubleValue());
  }

  /** Sets (or with {@code -} removes) the field at a dotted path such as {@code params.fast}. */
  private static String mutate(String path, String value) throws IOException {
    return mutate(sample(), path, value);
  }

  private static String mutate(StrategyConfig base, String path, String value) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(StrategyConfigs.toJson(base));
    String[] parts = path.split("\\.");
    ObjectNode parent = root;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = (ObjectNode) parent.get(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (value.equals("-")) {
      parent.remove(last);
    } else {
      parent.set(last, JSON.readTree(value));
    }
    return JSON.writeValueAsString(root);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "params.fast | 5000 | $.params: fast must be in [2, 1000], got 5000",
        "params.fast | 10.5 | $.params: fast must be a whole number, got 10.5",
        "params.fast | 40 | $.params: constraint 'fast < slow' does not hold for fast=40, slow=30",
        "params.fast | \"10\" | $.params.fast: expected a number, got \"10\"",
        "params.slow | - | $.params.slow: required",
        "params.period | 3 | $.params.period: unknown field; expected one of [fast, slow]",
        "strategy | \"sma-crosss\" | $.strategy: unknown strategy 'sma-crosss': known are sma-cross,",
        "direction | \"sideways\" | $.direction: expected long-short or long-only, got 'sideways'",
        "symbol | \"bad symbol\" | $.symbol: invalid symbol 'BAD SYMBOL'",
        "symbol | 7 | $.symbol: expected a string, got 7",
        "timeframe | \"7x\" | $.timeframe: ",
        "execution.fee | -1 | $.execution.fee: ",
        "execution.fees | 0 | $.execution.fees: unknown field; expected one of [cash,",
        "execution | - | $.execution: required",
        "metrics.sharp | 1 | $.metrics.sharp: unknown field; expected one of [",
        "metrics.sharpe | \"high\" | `$.metrics.sharpe: expected a number, \"NaN\", \"Infinity\" or"
            + " \"-Infinity\", got \"high\"`",
        "metrics | - | $.metrics: required",
        "rank | 0 | $.rank: must be >= 1, got 0",
        "rank | 1.5 | $.rank: expected a whole number, got 1.5",
        "objective.metric | \"shrpe\" | $.objective.metric: unknown metric 'shrpe'; valid: ",
        "objective.value | - | $.objective.value: required",
        "objective.maximize | true | $.objective.maximize: unknown field; expected one of [metric,"
            + " value]",
        "provenance.sweepId | - | $.provenance.sweepId: required",
        "provenance.dataTo | 0 | $.provenance.dataTo: must be >= dataFrom (1704067200000), got 0",
        "provenance.createdAt | \"today\" | $.provenance.createdAt: expected a whole number, got"
            + " \"today\"",
        "provenance.extra | 1 | $.provenance.extra: unknown field; expected one of [createdAt,",
        "extra | {} | $.extra: unknown field; expected one of [direction, execution, inSample,",
        "schema | \"nightjar.strategy-config/2\" | `$.schema: written by a newer nightjar (schema"
            + " version 2); this nightjar reads nightjar.strategy-config/1: upgrade nightjar`",
        "schema | \"nightjar.sweep/1\" | `$.schema: expected \"nightjar.strategy-config/1\", got"
            + " \"nightjar.sweep/1\"`",
        "schema | - | $.schema: required",
      })
  void eachProblemIsNamedAtItsPath(String path, String value, String expected) throws IOException {
    Path file = file(mutate(path, value));
    ConfigException e = assertThrows(ConfigException.class, () -> StrategyConfigs.read(file));
    String prefix = file + ": ";
    assertTrue(
        e.getMessage().startsWith(prefix + expected), () -> "expected " + expected + "\ngot " + e);
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    String json = mutate("rank", "0");
    ObjectNode root = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) root.get("params")).put("fast", 5000);
    root.put("direction", "up");
    Path file = file(JSON.writeValueAsString(root));
    ConfigException e = assertThrows(ConfigException.class, () -> StrategyConfigs.read(file));
    assertEquals(
        file
            + ": 3 problems:\n"
            + "  $.direction: expected long-short or long-only, got 'up'\n"
            + "  $.params: fast must be in [2, 1000], got 5000\n"
            + "  $.rank: must be >= 1, got 0",
        e.getMessage());
  }

  @Test
  void aNewerSchemaStopsBeforeItsUnknownFields() throws IOException {
    ObjectNode root =
        (ObjectNode) JSON.readTree(mutate("schema", "\"nightjar.strategy-config/3\""));
    root.put("venue", "phemex");
    Path file = file(JSON.writeValueAsString(root));
    ConfigException e = assertThrows(ConfigException.class, () -> StrategyConfigs.read(file));
    assertEquals(
        file
            + ": $.schema: written by a newer nightjar (schema version 3); this nightjar reads"
            + " nightjar.strategy-config/1: upgrade nightjar",
        e.getMessage());
  }

  @Test
  void brokenJsonAndNonObjectsAreConfigErrors() throws IOException {
    Path broken = file("{\"schema\": ");
    assertTrue(
        assertThrows(ConfigException.class, () -> StrategyConfigs.read(broken))
            .getMessage()
            .startsWith(broken + ": not valid JSON at line 1, column "));
    Path array = file("[1]");
    assertEquals(
        array + ": $: expected an object, got [1]",
        assertThrows(ConfigException.class, () -> StrategyConfigs.read(array)).getMessage());
    Path twice = file("{\"rank\": 1, \"rank\": 2}");
    assertTrue(
        assertThrows(ConfigException.class, () -> StrategyConfigs.read(twice))
            .getMessage()
            .contains("Duplicate field 'rank'"));
  }
}
