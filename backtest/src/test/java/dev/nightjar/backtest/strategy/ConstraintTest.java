package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstraintTest {
  private static final List<String> NAMES = List.of("fast", "slow", "k");

  /** Values: fast = 10, slow = 30, k = 2. Expected truth values worked out by hand. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "fast < slow; true",
        "fast > slow; false",
        "fast * 3 == slow; true",
        "fast * 3 != slow; false",
        "slow / fast >= 3; true",
        "slow - fast <= 19; false",
        "fast + k * 10 == slow; true",
        "(fast + k) * 10 == 120; true",
        "-fast < 0 and k > 1; true",
        "fast > slow or k == 2; true",
        "fast > slow || k == 3; false",
        "not fast > slow; true",
        "!(fast < slow) && k == 2; false",
        "fast × 3 ÷ slow == 1; true",
        "1.5 * k == 3; true",
        "fast < slow and slow < 100 and k < 5; true"
      })
  void evaluates(String text, boolean expected) {
    assertEquals(expected, Constraint.parse(text, NAMES).test(new double[] {10, 30, 2}));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "fast < medium; unknown parameter 'medium' in 'fast < medium': known are [fast, slow, k]",
        "fast + slow; constraint 'fast + slow' must be a comparison such as 'fast < slow'",
        "fast <; constraint 'fast <' at column 7: unexpected end",
        "(fast < slow; constraint '(fast < slow' at column 13: expected ')'",
        "fast < slow slow; constraint 'fast < slow slow' at column 13: unexpected 's'",
        "(fast < slow) + 1 > 0; constraint '(fast < slow) + 1 > 0' at column 15: '+' needs numbers,"
            + " not a comparison",
        "fast and slow; constraint 'fast and slow' at column 6: 'and' needs comparisons on both sides",
        "fast < 1.2.3; constraint 'fast < 1.2.3' at column 8: bad number '1.2.3'",
        "fast # slow; constraint 'fast # slow' at column 6: unexpected '#'"
      })
  void rejectsWithPosition(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Constraint.parse(text, NAMES));
    assertEquals(message, e.getMessage());
  }
}
