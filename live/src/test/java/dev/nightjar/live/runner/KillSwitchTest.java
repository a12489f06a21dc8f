package dev.nightjar.live.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.live.config.RiskLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KillSwitchTest {
  private static final RiskLimits LIMITS = new RiskLimits(3, 1, 0.2, 0.05, 0.15, 3, true);

  /** Limits: daily loss 5 %, drawdown 15 %, 3 errors. Expected rule by hand; '' = carry on. */
  @ParameterizedTest
  @CsvSource({
    // 950 is 5 % below the day's 1000: daily loss trips at exactly the limit
    "1000, 1000, 950, 0, daily",
    "1000, 1000, 951, 0, ''",
    // 1000 is 16.7 % below the 1200 peak, 0 % below the day start: drawdown
    "1000, 1200, 1000, 0, drawdown",
    // 1020 is 15 % below 1200 and 1.9 % below the day's 1040
    "1040, 1200, 1020, 0, drawdown",
    "1040, 1200, 1021, 0, ''",
    "1000, 1000, 1000, 3, consecutive",
    "1000, 1000, 1000, 2, ''",
  })
  void rules(double dayStart, double peak, double equity, int errors, String expected) {
    String reason = KillSwitch.check(LIMITS, dayStart, peak, equity, errors).orElse("");
    assertEquals(expected.isEmpty() ? "" : expected, reason.isEmpty() ? "" : firstWord(reason));
  }

  /** "daily", "drawdown" or "consecutive" (after the count). */
  private static String firstWord(String reason) {
    String[] w = reason.split(" ");
    return Character.isDigit(w[0].charAt(0)) ? w[1] : w[0];
  }
}
