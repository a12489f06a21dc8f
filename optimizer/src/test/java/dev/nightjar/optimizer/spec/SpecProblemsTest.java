package dev.nightjar.optimizer.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.data.ConfigException;
import dev.nightjar.data.Timeframe;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecProblemsTest {
  private static final Path FILE = Path.of("spec.json");
  private static final String DATA =
      "\"data\": {\"symbols\": [\"BTCUSDT\"], \"timeframe\": \"1h\"}";

  /** A spec with one strategy object. */
  private static String strategy(String strategy) {
    return "{" + DATA + ", \"strategies\": [" + strategy + "]}";
  }

  /** An sma-cross spec with these params. */
  private static String sma(String params) {
    return strategy("{\"strategy\": \"sma-cross\", \"params\": " + params + "}");
  }

  /** A valid spec plus top-level fields. */
  private static String with(String fields) {
    return "{" + DATA + ", \"strategy\": \"sma-cross\", " + fields + "}";
  }

  private static String message(String json) {
    return assertThrows(ConfigException.class, () -> SweepSpec.parse(json, FILE)).getMessage();
  }

  static Stream<Arguments> oneProblem() {
    String knownStrategies = String.join(", ", Strategies.all().keySet());
    String knownMetrics =
        Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", "));
    // sma-cross: fast integer in [2, 1000], slow integer in [3, 2000], fast < slow.
    // rsi-reversion: period integer in [2, 200], lower in [1, 50], upper in [50, 99].
    // Its grid below: period 2..200 by 1 = 199 levels, lower 1..50 by 0.01 = 4901, upper 50..99
    // by 0.1 = 491; 199 * 4901 = 975,299 and 975,299 * 491 = 487,649,500 - 8,777,691 = 478,871,809.
    return Stream.of(
        Arguments.of(
            sma("{\"fast\": {\"from\": 5, \"to\": 50, \"step\": 0}}"),
            "$.strategies[0].params.fast.step: must be > 0, got 0"),
        Arguments.of(
            sma("{\"fast\": {\"from\": 1, \"to\": 50}}"),
            "$.strategies[0].params.fast.from: must be in sma-cross's range [2, 1000], got 1"),
        Arguments.of(
            sma("{\"fast\": {\"from\": 2.5, \"to\": 50}}"),
            "$.strategies[0].params.fast.from: a whole number is required, got 2.5"),
        Arguments.of(
            sma("{\"fast\": {\"from\": 2, \"to\": 50, \"step\": 2.5}}"),
            "$.strategies[0].params.fast.step: a whole number is required, got 2.5"),
        Arguments.of(
            sma("{\"fast\": {\"values\": [10, 12.5]}}"),
            "$.strategies[0].params.fast.values[1]: a whole number is required, got 12.5"),
        Arguments.of(
            sma("{\"slow\": {\"values\": [10, 3000]}}"),
            "$.strategies[0].params.slow.values[1]: must be in sma-cross's range [3, 2000], got"
                + " 3000"),
        Arguments.of(
            sma("{\"fast\": {\"values\": [10, 20, 10]}}"),
            "$.strategies[0].params.fast.values[2]: duplicate value 10"),
        Arguments.of(
            sma("{\"speed\": 5}"),
            "$.strategies[0].params.speed: unknown parameter of sma-cross; known are [fast, slow]"),
        Arguments.of(
            sma("{\"fast\": {\"from\": 50, \"to\": 5}}"),
            "$.strategies[0].params.fast: empty range: from 50 > to 5"),
        Arguments.of(
            sma("{\"slow\": {\"values\": []}}"),
            "$.strategies[0].params.slow.values: must not be empty"),
        Arguments.of(
            sma("{\"fast\": {\"values\": [5], \"from\": 5}}"),
            "$.strategies[0].params.fast: give either values or from, to and step, not both"),
        Arguments.of(sma("{\"fast\": {\"from\": 5}}"), "$.strategies[0].params.fast.to: required"),
        Arguments.of(
            sma("{\"fast\": {\"from\": 5, \"to\": 10, \"stop\": 1}}"),
            "$.strategies[0].params.fast.stop: unknown field; expected one of [from, step, to,"
                + " values]"),
        Arguments.of(
            sma("{\"fast\": \"10\"}"),
            "$.strategies[0].params.fast: expected an object, got \"10\""),
        Arguments.of(
            sma("{\"fast\": {\"from\": 100, \"to\": 200}, \"slow\": {\"values\": [50, 60]}}"),
            "$.strategies[0]: no parameter combination satisfies the constraints"),
        Arguments.of(
            strategy(
                "{\"strategy\": \"rsi-reversion\", \"params\": {\"period\": {\"from\": 2, \"to\":"
                    + " 200, \"step\": 1}, \"lower\": {\"from\": 1, \"to\": 50, \"step\": 0.01},"
                    + " \"upper\": {\"from\": 50, \"to\": 99, \"step\": 0.1}}}"),
            "$.strategies[0]: the grid has 478871809 points, more than the limit of 10000000; use"
                + " fewer levels"),
        Arguments.of(
            strategy(
                "{\"strategy\": \"sma-cross\", \"constraints\": [\"fast < slow\", \"x > 1\"]}"),
            "$.strategies[0].constraints[1]: unknown parameter 'x' in 'x > 1': known are [fast,"
                + " slow]"),
        Arguments.of(
            strategy("{\"strategy\": \"sma\"}"),
            "$.strategies[0].strategy: unknown strategy 'sma': known are " + knownStrategies),
        Arguments.of(
            strategy("{\"strategy\": \"sma-cross\", \"param\": {}}"),
            "$.strategies[0].param: unknown field; expected one of [constraints, direction,"
                + " params, strategy]"),
        Arguments.of(
            strategy("{\"strategy\": \"sma-cross\", \"direction\": \"short\"}"),
            "$.strategies[0].direction: expected long-short or long-only, got 'short'"),
        Arguments.of(strategy("{\"params\": {}}"), "$.strategies[0].strategy: required"),
        Arguments.of(
            "{" + DATA + ", \"strategies\": []}",
            "$.strategies: must list at least one" + " strategy"),
        Arguments.of(
            "{" + DATA + "}",
            "$.strategies: required (or the single-strategy form: strategy, params, constraints)"),
        Arguments.of(
            "{" + DATA + ", \"strategy\": \"sma-cross\", \"strategies\": []}",
            "$: give either strategies or the single-strategy fields (strategy, params,"
                + " constraints, direction), not both"),
        Arguments.of(
            "{\"data\": {\"symbols\": [\"BTCUSDT\"], \"timeframe\": \"7m\"}, \"strategy\":"
                + " \"sma-cross\"}",
            "$.data.timeframe: unknown timeframe '7m': expected one of " + Timeframe.supported()),
        Arguments.of(
            "{\"data\": {\"symbols\": [\"BTC USDT\"], \"timeframe\": \"1h\"}, \"strategy\":"
                + " \"sma-cross\"}",
            "$.data.symbols[0]: invalid symbol 'BTC USDT': expected 1-32 characters of A-Z, 0-9,"
                + " '.', '_' or '-', starting with a letter or digit"),
        Arguments.of(
            "{\"data\": {\"symbols\": [\"btcusdt\", \"BTCUSDT\"], \"timeframe\": \"1h\"},"
                + " \"strategy\": \"sma-cross\"}",
            "$.data.symbols[1]: duplicate symbol 'BTCUSDT'"),
        Arguments.of(
            "{\"data\": {\"symbols\": \"BTCUSDT\", \"timeframe\": \"1h\"}, \"strategy\":"
                + " \"sma-cross\"}",
            "$.data.symbols: expected a list of symbols or \"*\", got \"BTCUSDT\""),
        Arguments.of(
            "{\"data\": {\"symbols\": [\"BTCUSDT\"], \"timeframe\": \"1h\", \"from\":"
                + " \"2024-02-01\", \"to\": \"2024-01-01\"}, \"strategy\": \"sma-cross\"}",
            "$.data.to: must be after from, got from \"2024-02-01\" and to \"2024-01-01\""),
        Arguments.of(
            "{\"data\": {\"symbols\": [\"BTCUSDT\"], \"timeframe\": \"1h\", \"from\":"
                + " \"yesterday\"}, \"strategy\": \"sma-cross\"}",
            "$.data.from: expected an ISO-8601 date or date-time (UTC) such as 2024-01-31, got"
                + " 'yesterday'"),
        Arguments.of(
            "{\"data\": {\"symbols\": [\"BTCUSDT\"], \"timeframe\": \"1h\", \"from\":"
                + " \"2024-02-30\"}, \"strategy\": \"sma-cross\"}",
            "$.data.from: expected an ISO-8601 date or date-time (UTC) such as 2024-01-31, got"
                + " '2024-02-30'"),
        Arguments.of("{\"strategy\": \"sma-cross\"}", "$.data: required"),
        Arguments.of(
            with("\"objective\": \"sharpie\""),
            "$.objective: unknown metric 'sharpie'; valid: " + knownMetrics),
        Arguments.of(
            with("\"objective\": {\"metric\": \"sharpe\", \"direction\": \"up\"}"),
            "$.objective.direction: expected max or min, got 'up'"),
        Arguments.of(
            with("\"filters\": {\"min\": {\"sharpie\": 1}}"),
            "$.filters.min.sharpie: unknown metric 'sharpie'; valid: " + knownMetrics),
        Arguments.of(
            with("\"filters\": {\"min\": {\"sharpe\": 2}, \"max\": {\"sharpe\": 1}}"),
            "$.filters: the bounds on sharpe exclude everything: min 2.0 > max 1.0"),
        Arguments.of(
            with("\"filters\": {\"minTrades\": 5, \"min\": {\"trades\": 10}}"),
            "$.filters.min.trades: a second minimum for trades"),
        Arguments.of(
            with("\"search\": {\"method\": \"cma\"}"),
            "$.search.method: expected grid, random, halving or cmaes, got 'cma'"),
        Arguments.of(with("\"search\": {\"method\": \"random\"}"), "$.search.samples: required"),
        Arguments.of(
            with("\"search\": {\"method\": \"random\", \"samples\": 0}"),
            "$.search.samples: must be >= 1, got 0"),
        Arguments.of(
            with("\"search\": {\"method\": \"grid\", \"samples\": 10}"),
            "$.search.samples: unknown field; expected one of [method]"),
        Arguments.of(
            with("\"search\": {\"method\": \"halving\", \"samples\": 9, \"eta\": 1}"),
            "$.search.eta: must be in [2, 10], got 1"),
        Arguments.of(
            with("\"search\": {\"method\": \"halving\", \"samples\": 9, \"rounds\": 11}"),
            "$.search.rounds: must be in [1, 10], got 11"),
        Arguments.of(with("\"top\": 0"), "$.top: must be in [1, 1000], got 0"),
        Arguments.of(with("\"top\": \"5\""), "$.top: expected a whole number, got \"5\""),
        Arguments.of(
            with("\"maxFailureShare\": 1.5"), "$.maxFailureShare: must be in [0, 1], got 1.5"),
        Arguments.of(
            with("\"name\": \"my sweep\""),
            "$.name: must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-', got 'my sweep'"));
  }

  @ParameterizedTest
  @MethodSource
  void oneProblem(String json, String expected) {
    assertEquals("spec.json: " + expected, message(json));
  }

  @Test
  void unknownTopLevelFieldsAndExecutionProblemsAreNamed() {
    String m = message(with("\"objectiv\": \"sharpe\", \"execution\": {\"fee\": -1}"));
    assertTrue(
        m.startsWith("spec.json: 2 problems:\n  $.objectiv: unknown field; expected one of ["), m);
    assertTrue(m.contains("\n  $.execution.fee: "), m);
  }

  @Test
  void everyProblemIsListedAtOnce() {
    String json =
        """
        {"data": {"symbols": ["BTC USDT"], "timeframe": "7m"},
         "strategies": [
           {"strategy": "sma-cross", "params": {"fast": {"from": 5, "to": 50, "step": 0}}},
           {"strategy": "ema-cross", "params": {"speed": 1}, "constraints": ["x < 1"]}],
         "top": 0}
        """;
    String m = message(json);
    String[] lines = m.split("\n");
    assertEquals("spec.json: 6 problems:", lines[0]);
    assertEquals(7, lines.length, m);
    for (String path :
        new String[] {
          "$.data.symbols[0]: ",
          "$.data.timeframe: ",
          "$.strategies[0].params.fast.step: ",
          "$.strategies[1].params.speed: ",
          "$.strategies[1].constraints[0]: ",
          "$.top: "
        }) {
      assertTrue(m.contains("\n  " + path), path + " in " + m);
    }
  }

  @Test
  void malformedJsonSaysWhere() {
    String m = message("{\"data\": {\"symbols\": [\"BTCUSDT\"],, }");
    assertTrue(m.startsWith("spec.json: not valid JSON at line 1, column "), m);
  }

  @Test
  void repeatedKeysAreRefused() {
    String m = message(with("\"top\": 5, \"top\": 6"));
    assertTrue(m.startsWith("spec.json: not valid JSON at line 1, column "), m);
    assertTrue(m.contains("Duplicate field 'top'"), m);
  }
}
