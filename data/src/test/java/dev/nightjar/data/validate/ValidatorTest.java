package dev.nightjar.data.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.io.Gap;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples. {@code problems.csv} has one row per kind of problem; its lines, read by eye: 2
 * ok 00:00 · 3 high 9.5 below open 10 · 4 ok 02:00 · 5 copy of 4 · 6 02:00 with close 10.5 · 7 zero
 * volume · 8 at 03:30 · 9 open 'abc' · 10 07:00 after a gap · 11 open 0 · 12 volume -1.
 */
class ValidatorTest {
  private static final long T0 = 1704067200000L; // 2024-01-01T00:00:00Z
  private static final long H = 3_600_000L;

  static Path problems() {
    try {
      return Path.of(ValidatorTest.class.getResource("/validate/problems.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void findsEveryKindOfProblemWithTimesAndLines() {
    ValidationReport r = Validator.validateFile(problems(), Timeframe.H1, null);
    assertEquals(11, r.rows());
    assertEquals(T0, r.firstTime());
    assertEquals(T0 + 9 * H, r.lastTime());
    assertEquals(Timeframe.H1, r.timeframe());
    assertFalse(r.timeframeInferred());

    assertOnly(r, Check.OHLC_VIOLATION, T0 + H, 3);
    assertOnly(r, Check.EXACT_DUPLICATE, T0 + 2 * H, 5);
    assertOnly(r, Check.CONFLICTING_DUPLICATE, T0 + 2 * H, 6);
    assertOnly(r, Check.ZERO_VOLUME, T0 + 3 * H, 7);
    assertOnly(r, Check.MISALIGNED_TIME, T0 + 3 * H + H / 2, 8);
    assertEquals(
        "not the start of a 1h bar (that bar starts at 2024-01-01T03:00:00Z)",
        r.finding(Check.MISALIGNED_TIME).first().get(0).detail());
    assertOnly(r, Check.UNPARSEABLE_ROW, null, 9);
    assertOnly(r, Check.NON_POSITIVE_PRICE, T0 + 8 * H, 11);
    assertOnly(r, Check.INVALID_VOLUME, T0 + 9 * H, 12);
    assertEquals(0, r.finding(Check.SPIKE).count()); // fewer than 30 returns of history

    assertEquals("same as line 4", r.finding(Check.EXACT_DUPLICATE).first().get(0).detail());
    assertEquals(
        "same open time as line 4 with different values (close 10.0 vs 10.5, volume 5.0 vs 5.0)",
        r.finding(Check.CONFLICTING_DUPLICATE).first().get(0).detail());
    assertEquals(
        problems() + ":9: column 'open': expected a number, got 'abc'",
        r.finding(Check.UNPARSEABLE_ROW).first().get(0).detail());
    assertEquals(
        "high: high must be >= open, low and close (open 10.0, high 9.5, low 9.0, close 10.0,"
            + " volume 5.0)",
        r.finding(Check.OHLC_VIOLATION).first().get(0).detail());

    // distinct times 00, 01, 02, 03, 03:30, 07, 08, 09: one gap, 03:30 -> 07:00
    assertEquals(1, r.gaps().count());
    assertEquals(List.of(new Gap(T0 + 3 * H + H / 2, T0 + 7 * H, 3)), r.gaps().first());
    assertEquals(7 * H / 2, r.gaps().longestMillis());

    assertEquals(6, r.errorCount()); // OHLC, conflict, misaligned, unparseable, price, volume
    assertEquals(3, r.warningCount()); // exact duplicate, zero volume, gap
  }

  private static void assertOnly(ValidationReport r, Check check, Long time, long line) {
    Finding f = r.finding(check);
    assertEquals(1, f.count(), check::toString);
    assertEquals(check.severity(), f.severity());
    assertEquals(time, f.first().get(0).time(), check::toString);
    assertEquals(line, f.first().get(0).line(), check::toString);
  }

  @Test
  void infersTheTimeframeAndSaysSo() {
    ValidationReport r = Validator.validateFile(problems(), null, null);
    assertEquals(Timeframe.H1, r.timeframe());
    assertTrue(r.timeframeInferred());
    assertTrue(r.toText().contains("timeframe: 1h (inferred from the most common spacing)"));
  }

  @Test
  void textNamesCountsTimesInIsoAndMsAndLines() {
    String text = Validator.validateFile(problems(), Timeframe.H1, null).toText();
    assertTrue(
        text.startsWith(problems() + ": 11 rows, 2024-01-01T00:00:00Z .. 2024-01-01T09:00:00Z\n"),
        text);
    assertTrue(text.contains("\n6 errors, 3 warnings\n"), text);
    assertTrue(
        text.contains(
            "ERROR: 1 OHLC violations\n  2024-01-01T01:00:00Z (1704070800000) line 3: high:"),
        text);
    assertTrue(
        text.contains(
            "WARNING: 1 zero-volume bars\n  2024-01-01T03:00:00Z (1704078000000) line 7: volume 0\n"),
        text);
    assertTrue(
        text.contains(
            "WARNING: 1 gaps, 3 missing bars, longest 3h 30m between bars\n"
                + "  after 2024-01-01T03:30:00Z (1704079800000) until 2024-01-01T07:00:00Z: 3"
                + " missing\n"),
        text);
    // errors come before warnings
    assertTrue(text.indexOf("ERROR:") < text.indexOf("WARNING:"), text);
  }

  @Test
  void serializesWithJacksonAsIs() throws Exception {
    ValidationReport r = Validator.validateFile(problems(), Timeframe.H1, null);
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
    assertEquals(11, json.get("rows").asLong());
    assertEquals("H1", json.get("timeframe").asText());
    assertEquals(1, json.get("gaps").get("count").asInt());
    JsonNode first = json.get("findings").get(0);
    assertEquals("UNPARSEABLE_ROW", first.get("check").asText());
    assertEquals("ERROR", first.get("severity").asText());
    assertTrue(first.get("first").get(0).get("time").isNull());
    assertEquals(9, first.get("first").get(0).get("line").asInt());
    assertEquals(Check.values().length, json.get("findings").size());
  }

  @Test
  void aCleanSeriesHasNoFindings() {
    long[] t = {0, H, 2 * H};
    BarSeries s =
        BarSeries.of(
            SeriesId.parse("X:1h"),
            t,
            new double[] {1, 2, 3},
            new double[] {2, 3, 4},
            new double[] {1, 2, 3},
            new double[] {2, 3, 4},
            new double[] {1, 1, 1});
    ValidationReport r = Validator.validate(s);
    assertEquals(0, r.errorCount());
    assertEquals(0, r.warningCount());
    assertEquals("X:1h", r.source());
    assertTrue(r.toText().endsWith("no problems found\n"), r.toText());
  }

  @Test
  void emptyFileHasNoTimes() throws Exception {
    Path file = java.nio.file.Files.createTempFile("empty", ".csv");
    try {
      java.nio.file.Files.writeString(file, "time,open,high,low,close,volume\n");
      ValidationReport r = Validator.validateFile(file, null, null);
      assertEquals(0, r.rows());
      assertNull(r.firstTime());
      assertNull(r.timeframe());
      assertTrue(r.toText().contains("timeframe: unknown (could not be inferred)"), r.toText());
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @ParameterizedTest
  @CsvSource({
    // first open time (ms), spacing (ms), bars, expected (empty = none)
    "0, 60000, 10, 1m",
    "0, 3600000, 10, 1h",
    "345600000, 604800000, 10, 1w", // Mondays from 1970-01-05
    "86400000, 604800000, 10, 1d", // Fridays (1970-01-02): weeks, but not Monday weeks
    "0, 2592000000, 10, 1d", // 30-day spacing
    "0, 30000, 10, ''", // 30 s: no timeframe divides it
  })
  void infersTheLargestDividingAlignedTimeframe(
      long first, long spacing, int bars, String expected) {
    long[] t = new long[bars];
    for (int i = 0; i < bars; i++) {
      t[i] = first + i * spacing;
    }
    Timeframe tf = Validator.infer(t);
    assertEquals(expected.isEmpty() ? null : Timeframe.parse(expected), tf);
  }
}
