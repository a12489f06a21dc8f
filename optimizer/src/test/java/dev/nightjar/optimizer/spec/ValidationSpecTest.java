package dev.nightjar.optimizer.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec's validation and rankBy: parsing, defaults, hashing and errors with their paths. */
class ValidationSpecTest {
  private static final Path FILE = Path.of("spec.json");
  private static final long HOUR = 3_600_000L;
  private static final long DAY = 24 * HOUR;

  /**
   * An sma-cross sweep on 1h bars whose slow average goes up to 200 bars (its longest look-back)
   * plus the given top-level fields.
   */
  private static SweepSpec spec(String fields) {
    return SweepSpec.parse(
        "{\"data\": {\"symbols\": [\"BTCUSDT\"], \"timeframe\": \"1h\"}, \"strategy\":"
            + " \"sma-cross\", \"params\": {\"fast\": {\"values\": [10, 20]}, \"slow\":"
            + " {\"from\": 50, \"to\": 200, \"step\": 50}}"
            + (fields.isEmpty() ? "" : ", " + fields)
            + "}",
        FILE);
  }

  @Test
  void walkForwardDefaultsStepToTestAndRanksOutOfSample() {
    SweepSpec s =
        spec("\"validation\": {\"walkForward\": {\"train\": \"180d\", \"test\": \"4w\"}}");
    assertEquals(
        new ValidationSpec.WalkForward(180 * DAY, 28 * DAY, 28 * DAY, false), s.validation());
    assertEquals(RankBy.OOS, s.rankBy());
    assertEquals(200, s.longestLookback());
  }

  @Test
  void holdoutIsAShareOfTheSpan() {
    SweepSpec s = spec("\"validation\": {\"holdout\": \"25%\"}, \"rankBy\": \"is\"");
    assertEquals(new ValidationSpec.Holdout(0.25), s.validation());
    assertEquals(RankBy.IS, s.rankBy());
    assertEquals(
        0.125,
        ((ValidationSpec.Holdout) spec("\"validation\": {\"holdout\": \"12.5%\"}").validation())
            .testShare());
  }

  @Test
  void withoutValidationNothingChangesButPlateauIsRecorded() {
    SweepSpec plain = spec("");
    assertNull(plain.validation());
    assertEquals(RankBy.IS, plain.rankBy());
    // An explicit "is" is the default: same hash as before validation existed.
    assertEquals(plain.hash(), spec("\"rankBy\": \"is\"").hash());
    assertEquals(RankBy.PLATEAU, spec("\"rankBy\": \"plateau\"").rankBy());
    assertNotEquals(plain.hash(), spec("\"rankBy\": \"plateau\"").hash());
  }

  @Test
  void theHashChangesWithEveryValidationSetting() {
    String base = "\"train\": \"180d\", \"test\": \"30d\"";
    String h0 = spec("\"validation\": {\"walkForward\": {" + base + "}}").hash();
    // The same windows spelled differently are the same spec.
    assertEquals(
        h0,
        spec("\"validation\": {\"walkForward\": {\"train\": \"4320h\", \"test\": \"30d\","
                + " \"step\": \"30d\", \"anchored\": false}}, \"rankBy\": \"oos\"")
            .hash());
    for (String other :
        new String[] {
          "\"validation\": {\"walkForward\": {\"train\": \"181d\", \"test\": \"30d\"}}",
          "\"validation\": {\"walkForward\": {\"train\": \"180d\", \"test\": \"31d\"}}",
          "\"validation\": {\"walkForward\": {" + base + ", \"step\": \"60d\"}}",
          "\"validation\": {\"walkForward\": {" + base + ", \"anchored\": true}}",
          "\"validation\": {\"walkForward\": {" + base + "}}, \"rankBy\": \"is\"",
          "\"validation\": {\"holdout\": \"25%\"}",
          ""
        }) {
      assertNotEquals(h0, spec(other).hash(), other);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`\"validation\": {\"walkForward\": {\"train\": \"180d\", \"tset\": \"30d\"}}`"
            + " | $.validation.walkForward.test: required",
        "`\"validation\": {\"walkForward\": {\"train\": \"180d\", \"test\": \"30d\", \"tset\": 1}}`"
            + " | $.validation.walkForward.tset: unknown field; expected one of [anchored, step,"
            + " test, train]",
        "`\"validation\": {\"walkForward\": {\"train\": \"0d\", \"test\": \"30d\"}}`"
            + " | $.validation.walkForward.train: must be > 0, got '0d'",
        "`\"validation\": {\"walkForward\": {\"train\": \"-5d\", \"test\": \"30d\"}}`"
            + " | $.validation.walkForward.train: expected a duration such as 90d, 12h, 4w or 30m,"
            + " got '-5d'",
        "`\"validation\": {\"walkForward\": {\"train\": 180, \"test\": \"30d\"}}`"
            + " | $.validation.walkForward.train: expected a string, got 180",
        "`\"validation\": {\"walkForward\": {\"train\": \"180d\", \"test\": \"1h\"}}`"
            + " | $.validation.walkForward.test: must hold at least 2 bars of 1h, got 1h",
        "`\"validation\": {\"walkForward\": {\"train\": \"180d\", \"test\": \"30d\", \"step\":"
            + " \"7d\"}}` | $.validation.walkForward.step: must be >= test (30d) so that test"
            + " windows do not overlap, got 7d",
        "`\"validation\": {\"walkForward\": {\"train\": \"180d\", \"test\": \"30d\", \"anchored\":"
            + " \"yes\"}}` | $.validation.walkForward.anchored: expected true or false",
        // 8d of 1h bars = 192 bars, not more than slow = 200.
        "`\"validation\": {\"walkForward\": {\"train\": \"8d\", \"test\": \"30d\"}}`"
            + " | $.validation.walkForward.train: 8d holds 192 bars of 1h, not more than the"
            + " longest look-back in the sweep (200 bars)",
        "`\"validation\": {\"holdout\": \"0%\"}`"
            + " | $.validation.holdout: expected a percentage strictly between 0% and 100%",
        "`\"validation\": {\"holdout\": \"100%\"}`"
            + " | $.validation.holdout: expected a percentage strictly between 0% and 100%",
        "`\"validation\": {\"holdout\": 0.25}`" + " | $.validation.holdout: expected a string",
        "`\"validation\": {\"holdout\": \"25%\", \"walkForward\": {}}`"
            + " | $.validation: give exactly one of holdout or walkForward",
        "`\"validation\": {}` | $.validation: give exactly one of holdout or walkForward",
        "`\"validation\": \"wf\"` | $.validation: expected an object, got \"wf\"",
        "`\"rankBy\": \"oos\"` | $.rankBy: oos needs a validation (holdout or walkForward)",
        "`\"rankBy\": \"best\"` | $.rankBy: expected is, oos or plateau, got 'best'",
      })
  void eachProblemIsNamedAtItsPath(String fields, String expected) {
    String message = assertThrows(ConfigException.class, () -> spec(fields)).getMessage();
    assertTrue(message.contains(expected), () -> "expected " + expected + "\ngot " + message);
  }
}
