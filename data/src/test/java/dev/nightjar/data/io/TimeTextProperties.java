package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link TimeText} against java.time, the reference. */
class TimeTextProperties {
  static long parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return TimeText.parseMillis(b, 0, b.length);
  }

  // 1900-01-01 .. 2199-12-31 in epoch seconds
  @Property(tries = 300)
  void isoWithOffsetsMatchesJavaTime(
      @ForAll @LongRange(min = -2_208_988_800L, max = 7_258_118_399L) long second,
      @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours,
      @ForAll @IntRange(min = 0, max = 3) int style) {
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarterHours * 900);
    OffsetDateTime t = Instant.ofEpochSecond(second).atOffset(offset);
    String pattern =
        switch (style) {
          case 0 -> "yyyy-MM-dd'T'HH:mm:ssXXX";
          case 1 -> "yyyy-MM-dd HH:mm:ssxx";
          case 2 -> "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
          default -> "yyyy-MM-dd'T'HH:mmXXX";
        };
    String text = DateTimeFormatter.ofPattern(pattern).format(t);
    long expected = style == 3 ? Math.floorDiv(second, 60) * 60_000 : second * 1000;
    assertEquals(expected, parse(text), text);
  }

  @Property(tries = 300)
  void epochNumbersInAnyUnitGiveTheSameMillis(
      // 1973-03-03 .. 2255-03-14: ms >= 1e11 and the ns value still fits in a long
      @ForAll @LongRange(min = 100_000_000_000L, max = 9_000_000_000_000L) long millis) {
    assertEquals(millis, parse(Long.toString(millis)));
    assertEquals(millis, parse(Long.toString(millis * 1000)));
    assertEquals(millis, parse(Long.toString(millis * 1_000_000)));
    long seconds = millis / 1000;
    assertEquals(seconds * 1000, parse(Long.toString(seconds)));
    assertEquals(seconds * 1000, parse(seconds + ".0"));
  }
}
