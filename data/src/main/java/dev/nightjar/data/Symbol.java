package dev.nightjar.data;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A market symbol such as {@code BTCUSDT} or {@code DEMO-BTC}: upper-cased, then it must match
 * {@code ^[A-Z0-9][A-Z0-9._-]{0,31}$}. That keeps it safe as a file-name part and in URLs.
 */
public record Symbol(String value) implements Comparable<Symbol> {
  private static final Pattern VALID = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,31}$");

  public Symbol {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid symbol '"
              + value
              + "': expected 1-32 characters of A-Z, 0-9, '.', '_' or '-', starting with a letter"
              + " or digit");
    }
  }

  /** Upper-cases {@code text} and validates it. */
  public static Symbol of(String text) {
    return new Symbol(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public int compareTo(Symbol other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
