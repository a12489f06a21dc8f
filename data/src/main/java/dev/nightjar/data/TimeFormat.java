package dev.nightjar.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Epoch milliseconds to ISO-8601 UTC text, for messages and reports. */
public final class TimeFormat {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private TimeFormat() {}

  /** e.g. {@code 2024-01-01T00:00:00Z}. */
  public static String iso(long epochMillis) {
    return ISO.format(Instant.ofEpochMilli(epochMillis));
  }
}
