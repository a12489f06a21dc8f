package dev.nightjar.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeframeTest {
  @ParameterizedTest
  @CsvSource({
    "1m,M1",
    "1min,M1",
    "3m,M3",
    "15m,M15",
    "60m,H1",
    "1h,H1",
    "1H,H1",
    "240min,H4",
    "4h,H4",
    "24h,D1",
    "1d,D1",
    "1D,D1",
    "7d,W1",
    "1w,W1",
    "' 2h ',H2"
  })
  void parsesCommonSpellings(String text, Timeframe expected) {
    assertEquals(expected, Timeframe.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "h", "0m", "7m", "1y", "abc", "1.5h", "-1h", "99999999m"})
  void rejectsUnsupportedWithTheSupportedList(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Timeframe.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("1m, 3m, 5m"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1M", "60M"})
  void refusesUpperCaseMAsAmbiguous(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Timeframe.parse(text));
    assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"0,true", "3600000,true", "3600001,false", "-3600000,true", "-1,false"})
  void alignmentIsToEpochMultiples(long t, boolean aligned) {
    assertEquals(aligned, Timeframe.H1.isAligned(t));
  }

  @ParameterizedTest
  @CsvSource({
    // 2024-01-01 was a Monday (epoch day 19723): weekly bars open there, not on the Thursday epoch.
    "1704067200000,true",
    "1704153600000,false",
    "0,false",
    "345600000,true"
  })
  void weeksOpenOnMondays(long t, boolean aligned) {
    assertEquals(aligned, Timeframe.W1.isAligned(t));
    assertEquals(1704067200000L, Timeframe.W1.bucketStart(1704067200000L + 6 * 86_400_000L));
  }

  @ParameterizedTest
  @CsvSource({"0,0", "3599999,0", "3600000,3600000", "-1,-3600000"})
  void bucketStartFloors(long t, long start) {
    assertEquals(start, Timeframe.H1.bucketStart(t));
  }
}
