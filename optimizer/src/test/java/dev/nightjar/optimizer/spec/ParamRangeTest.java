package dev.nightjar.optimizer.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParamRangeTest {
  @ParameterizedTest
  @CsvSource({
    // from, to, step, levels: floor((to - from) / step) + 1, counted by hand
    "5, 50, 5, 10",
    "5, 52, 5, 10", // 52 is not reached: 5, 10, ..., 50
    "5, 5, 1, 1",
    "0.1, 1.0, 0.1, 10",
    "1, 50, 0.01, 4901",
    "6, 5, 1, 0"
  })
  void countsLevels(String from, String to, String step, long levels) {
    assertEquals(
        levels, ParamRange.count(new BigDecimal(from), new BigDecimal(to), new BigDecimal(step)));
  }

  @Test
  void decimalStepsGiveTheLevelsAsWritten() {
    ParamRange r =
        ParamRange.stepped("k", new BigDecimal("0.1"), new BigDecimal("1"), new BigDecimal("0.1"));
    // The literals are what Double.parseDouble makes of "0.1", "0.2", ...: what a user means.
    double[] expected = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    assertArrayEquals(expected, r.levels());
    // Adding 0.1 in doubles drifts: 0.1 + 0.1 + 0.1 = 0.30000000000000004, not 0.3.
    assertEquals(0.3, r.level(2));
  }

  @Test
  void aSpecsDecimalRangeIsExact() {
    SweepSpec s =
        SweepSpec.parse(
            "{\"data\": {\"symbols\": [\"X\"], \"timeframe\": \"1h\"}, \"strategy\":"
                + " \"supertrend\", \"params\": {\"multiplier\": {\"from\": 0.5, \"to\": 1.1,"
                + " \"step\": 0.1}}}",
            Path.of("spec.json"));
    assertArrayEquals(
        new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1},
        s.strategies().get(0).params().get(1).levels());
  }

  @Test
  void explicitLevelsAreSortedAndMustDiffer() {
    assertArrayEquals(new double[] {1, 2, 3}, ParamRange.of("p", 3, 1, 2).levels());
    assertThrows(IllegalArgumentException.class, () -> ParamRange.of("p", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> ParamRange.of("p"));
    assertThrows(IllegalArgumentException.class, () -> ParamRange.of("p", Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> ParamRange.count(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO));
  }
}
