package dev.nightjar.cli;

import java.util.Locale;

/** Human-readable numbers and durations for terminal output. */
final class Formats {
  private Formats() {}

  /** {@code 1234567} as {@code 1,234,567}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A duration in milliseconds as the largest whole units, e.g. {@code 3d 4h}, {@code 15m}. */
  static String duration(long millis) {
    long minutes = millis / 60_000L;
    long days = minutes / 1440;
    long hours = minutes % 1440 / 60;
    long mins = minutes % 60;
    if (days > 0) {
      return hours > 0 ? days + "d " + hours + "h" : days + "d";
    }
    if (hours > 0) {
      return mins > 0 ? hours + "h " + mins + "m" : hours + "h";
    }
    return minutes > 0 ? mins + "m" : (millis / 1000) + "s";
  }

  /** Bytes as B, KiB, MiB or GiB with one decimal. */
  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** A fraction as a signed percentage with two decimals, e.g. {@code +12.34%}. */
  static String percent(double fraction) {
    return Double.isNaN(fraction) ? "NaN" : String.format(Locale.ROOT, "%+.2f%%", 100 * fraction);
  }
}
