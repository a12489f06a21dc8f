package dev.nightjar.optimizer.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in specs: a whole number and a unit, {@code 30m}, {@code 12h}, {@code 90d}, {@code 4w}.
 */
final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d{1,7})([mhdw])");

  private Durations() {}

  /**
   * The duration in ms.
   *
   * @throws IllegalArgumentException when the text is not of the form or is zero
   */
  static long parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a duration such as 90d, 12h, 4w or 30m, got '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    if (n == 0) {
      throw new IllegalArgumentException("must be > 0, got '" + text + "'");
    }
    long unit =
        switch (m.group(2)) {
          case "m" -> 60_000L;
          case "h" -> 3_600_000L;
          case "d" -> 86_400_000L;
          default -> 7 * 86_400_000L;
        };
    return n * unit;
  }
}
