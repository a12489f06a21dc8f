package dev.nightjar.data.io;

/**
 * A time cell to epoch milliseconds (UTC), from ASCII bytes, without allocating.
 *
 * <p>Epoch numbers, integer or decimal ({@code 1502942400.0}), are read by magnitude, value by
 * value, because real exports mix units: below 10<sup>11</sup> seconds, below 10<sup>14</sup>
 * milliseconds, below 10<sup>17</sup> microseconds, else nanoseconds. Sub-millisecond parts are
 * rounded down. ISO-8601 text: {@code yyyy-MM-dd}, optionally followed by {@code T} or a space and
 * {@code HH:mm[:ss[.fraction]]}, optionally followed by {@code Z} or an offset {@code ±HH[:]mm};
 * without a zone the time is UTC.
 */
public final class TimeText {
  /** Returned when the text is not a time. */
  static final long INVALID = Long.MIN_VALUE;

  private static final long SECOND_LIMIT = 100_000_000_000L; // 1e11
  private static final long MILLI_LIMIT = 100_000_000_000_000L; // 1e14
  private static final long MICRO_LIMIT = 100_000_000_000_000_000L; // 1e17

  private TimeText() {}

  /**
   * Epoch ms of a time cell written as text.
   *
   * @throws IllegalArgumentException when {@code text} is neither an epoch number nor ISO-8601
   */
  public static long parseMillis(String text) {
    byte[] b = text.trim().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    long t = parseMillis(b, 0, b.length);
    if (t == INVALID) {
      throw new IllegalArgumentException(
          "expected epoch s/ms/us/ns or an ISO-8601 date-time, got '" + text + "'");
    }
    return t;
  }

  /** Epoch ms, or {@link #INVALID}. */
  static long parseMillis(byte[] b, int from, int to) {
    if (to - from >= 10 && b[from + 4] == '-' && isDigit(b[from])) {
      return parseIso(b, from, to);
    }
    return parseEpoch(b, from, to);
  }

  private static long parseEpoch(byte[] b, int from, int to) {
    int i = from;
    long whole = 0;
    int digits = 0;
    while (i < to && isDigit(b[i])) {
      if (whole > (Long.MAX_VALUE - 9) / 10) {
        return INVALID;
      }
      whole = whole * 10 + (b[i] - '0');
      digits++;
      i++;
    }
    if (digits == 0) {
      return INVALID;
    }
    // Fraction: up to 9 digits kept as nanos-of-unit scaled below.
    long frac = 0;
    long fracScale = 1;
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && isDigit(b[i])) {
        if (fracScale < 1_000_000_000L) {
          frac = frac * 10 + (b[i] - '0');
          fracScale *= 10;
        }
        i++;
      }
    }
    if (i != to) {
      return INVALID;
    }
    if (whole < SECOND_LIMIT) {
      return whole * 1000 + frac * 1000 / fracScale;
    } else if (whole < MILLI_LIMIT) {
      return whole;
    } else if (whole < MICRO_LIMIT) {
      return whole / 1000;
    }
    return whole / 1_000_000;
  }

  private static long parseIso(byte[] b, int from, int to) {
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || b[from + 7] != '-') {
      return INVALID;
    }
    if (day > daysInMonth(year, month)) {
      return INVALID;
    }
    long millis = daysFromCivil(year, month, day) * 86_400_000L;
    int i = from + 10;
    if (i < to && (b[i] == 'T' || b[i] == ' ')) {
      if (to - i < 6 || b[i + 3] != ':') {
        return INVALID;
      }
      int hour = digits(b, i + 1, 2);
      int minute = digits(b, i + 4, 2);
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        return INVALID;
      }
      millis += hour * 3_600_000L + minute * 60_000L;
      i += 6;
      if (i < to && b[i] == ':') {
        int second = to - i >= 3 ? digits(b, i + 1, 2) : -1;
        if (second < 0 || second > 59) {
          return INVALID;
        }
        millis += second * 1000L;
        i += 3;
        if (i < to && b[i] == '.') {
          i++;
          int scale = 100;
          int start = i;
          while (i < to && isDigit(b[i])) {
            millis += (b[i] - '0') * scale;
            scale /= 10;
            i++;
          }
          if (i == start) {
            return INVALID;
          }
        }
      }
    }
    if (i == to) {
      return millis;
    }
    if (b[i] == 'Z' && i + 1 == to) {
      return millis;
    }
    if (b[i] == '+' || b[i] == '-') {
      int sign = b[i] == '-' ? -1 : 1;
      int hh = to - i >= 3 ? digits(b, i + 1, 2) : -1;
      int j = i + 3;
      if (j < to && b[j] == ':') {
        j++;
      }
      int mm = j + 2 == to ? digits(b, j, 2) : (j == to ? 0 : -1);
      if (hh < 0 || hh > 18 || mm < 0 || mm > 59) {
        return INVALID;
      }
      return millis - sign * (hh * 3_600_000L + mm * 60_000L);
    }
    return INVALID;
  }

  /** The non-negative number in {@code n} digits at {@code at}, or -1. */
  private static int digits(byte[] b, int at, int n) {
    if (at + n > b.length) {
      return -1;
    }
    int v = 0;
    for (int k = at; k < at + n; k++) {
      if (!isDigit(b[k])) {
        return -1;
      }
      v = v * 10 + (b[k] - '0');
    }
    return v;
  }

  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  private static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int mp = (month + 9) % 12;
    int doy = (153 * mp + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468L;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
