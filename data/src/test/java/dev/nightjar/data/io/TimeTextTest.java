package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of {@link TimeText}; expected ms computed with {@code date -u -d ... +%s}. */
class TimeTextTest {
  static long parse(String s) {
    return TimeTextProperties.parse(s);
  }

  @ParameterizedTest
  @CsvSource({
    "2013-01-02, 1357084800000",
    "2017-04-19 09:00:00, 1492592400000",
    "2017-04-19T09:00:00Z, 1492592400000",
    "2017-04-19T11:00:00+02:00, 1492592400000",
    "2017-04-19T04:00-0500, 1492592400000",
    "2017-04-19 09:00, 1492592400000",
    "1502942400.0, 1502942400000",
    "1502942400.5, 1502942400500",
    "2024-02-29, 1709164800000",
  })
  void workedExamples(String text, long expected) {
    assertEquals(expected, parse(text));
  }

  @ParameterizedTest
  @CsvSource({"2023-02-29", "2023-13-01", "2023-01-01T25:00", "2023-01-01X", "12ab", "''", "-5"})
  void refuses(String text) {
    assertEquals(TimeText.INVALID, parse(text));
  }
}
