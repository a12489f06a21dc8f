package dev.nightjar.data;

import java.util.Locale;

/**
 * A bar length. Bars open at UTC multiples of {@link #millis()} counted from an anchor: the Unix
 * epoch for minutes to days, and Monday 1970-01-05 00:00 UTC for weeks (the epoch was a Thursday;
 * exchanges such as Binance and Phemex open weekly candles on Mondays). So a bar opens at {@code
 * anchor + k * millis} for an integer k.
 */
public enum Timeframe {
  M1("1m", 60_000L),
  M3("3m", 3 * 60_000L),
  M5("5m", 5 * 60_000L),
  M15("15m", 15 * 60_000L),
  M30("30m", 30 * 60_000L),
  H1("1h", 3_600_000L),
  H2("2h", 2 * 3_600_000L),
  H4("4h", 4 * 3_600_000L),
  H6("6h", 6 * 3_600_000L),
  H12("12h", 12 * 3_600_000L),
  D1("1d", 86_400_000L),
  W1("1w", 7 * 86_400_000L);

  /** Monday 1970-01-05T00:00:00Z, where weekly bars are anchored. */
  private static final long FIRST_MONDAY = 4 * 86_400_000L;

  private final String label;
  private final long millis;

  Timeframe(String label, long millis) {
    this.label = label;
    this.millis = millis;
  }

  /** The canonical short name, e.g. {@code "1h"}. */
  public String label() {
    return label;
  }

  /** Bar length in milliseconds. */
  public long millis() {
    return millis;
  }

  /** Bars per 365-day year (crypto trades every day): {@code 365 * 86_400_000 / millis}. */
  public double barsPerYear() {
    return 365.0 * 86_400_000L / millis;
  }

  /** The epoch-millisecond instant bars of this timeframe are counted from. */
  public long anchor() {
    return this == W1 ? FIRST_MONDAY : 0L;
  }

  /** Whether {@code epochMillis} is the start of a bar of this timeframe. */
  public boolean isAligned(long epochMillis) {
    return Math.floorMod(epochMillis - anchor(), millis) == 0;
  }

  /** The start of the bar containing {@code epochMillis}. */
  public long bucketStart(long epochMillis) {
    return Math.floorDiv(epochMillis - anchor(), millis) * millis + anchor();
  }

  /**
   * Parses {@code "1h"}, {@code "60m"}, {@code "1H"}, {@code "240min"}, {@code "1d"}, {@code "1w"}:
   * a positive count and a unit (m/min, h, d, w; case-insensitive, except that {@code "M"} alone is
   * refused because exchanges use it for months).
   *
   * @throws IllegalArgumentException naming the text and the supported timeframes
   */
  public static Timeframe parse(String text) {
    String t = text == null ? "" : text.trim();
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    String digits = t.substring(0, i);
    String unit = t.substring(i);
    if (unit.equals("M")) {
      throw new IllegalArgumentException(
          "timeframe '" + text + "' is ambiguous (month or minute?): write it as " + digits + "m");
    }
    long unitMillis =
        switch (unit.toLowerCase(Locale.ROOT)) {
          case "m", "min" -> 60_000L;
          case "h" -> 3_600_000L;
          case "d" -> 86_400_000L;
          case "w" -> 7 * 86_400_000L;
          default -> -1;
        };
    if (!digits.isEmpty() && digits.length() <= 6 && unitMillis > 0) {
      long ms = Long.parseLong(digits) * unitMillis;
      for (Timeframe tf : values()) {
        if (tf.millis == ms) {
          return tf;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown timeframe '" + text + "': expected one of " + supported());
  }

  /** The supported labels, comma separated, for messages and help. */
  public static String supported() {
    StringBuilder sb = new StringBuilder();
    for (Timeframe tf : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(tf.label);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return label;
  }
}
