package dev.nightjar.data;

/**
 * Names cached data as {@code SYM:TF}, e.g. {@code BTCUSDT:1h}, everywhere in nightjar.
 *
 * @param symbol the market
 * @param timeframe the bar length
 */
public record SeriesId(Symbol symbol, Timeframe timeframe) implements Comparable<SeriesId> {
  public SeriesId {
    Checks.notNull(symbol, "symbol");
    Checks.notNull(timeframe, "timeframe");
  }

  /**
   * Parses {@code "SYM:TF"}.
   *
   * @throws IllegalArgumentException when there is no single ':' or either part is invalid
   */
  public static SeriesId parse(String text) {
    int colon = text == null ? -1 : text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1 || text.indexOf(':') != colon) {
      throw new IllegalArgumentException(
          "expected SYM:TF (for example BTCUSDT:1h), got '" + text + "'");
    }
    return new SeriesId(
        Symbol.of(text.substring(0, colon)), Timeframe.parse(text.substring(colon + 1)));
  }

  /** Whether {@code text} looks like {@code SYM:TF} rather than a file path. */
  public static boolean looksLikeId(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public int compareTo(SeriesId other) {
    int c = symbol.compareTo(other.symbol);
    return c != 0 ? c : Long.compare(timeframe.millis(), other.timeframe.millis());
  }

  @Override
  public String toString() {
    return symbol + ":" + timeframe;
  }
}
