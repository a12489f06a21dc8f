package dev.nightjar.data.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The import formats. {@link #detect} tells them apart from the first bytes of a file. */
public enum Format {
  /** CSV with a header row naming the columns. */
  CSV("csv"),
  /** Binance kline CSV: no header, 12 columns, open time in ms or µs. */
  BINANCE("binance"),
  /** JSON array of arrays {@code [[ts_ms, open, high, low, close, volume], ...]}. */
  JSON_ARRAY("json"),
  /** JSON array of objects, at top level or under the one array-valued field of an object. */
  JSON_OBJECTS("json-objects"),
  /** CryptoDataDownload CSV: optional URL line, {@code unix,date,symbol,open,...}, newest first. */
  CRYPTODATADOWNLOAD("cryptodatadownload");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** The lower-case name {@link #parse} accepts. */
  public String label() {
    return label;
  }

  /**
   * Parses {@code csv}, {@code binance}, {@code json}, {@code json-objects}, {@code
   * cryptodatadownload} or {@code cdd} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static Format parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("cdd")) {
      return CRYPTODATADOWNLOAD;
    }
    for (Format f : values()) {
      if (f.label.equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + text
            + "': expected csv, binance, json, json-objects, cryptodatadownload or cdd");
  }

  /**
   * Sniffs the format from the first bytes of a file: JSON when the first non-blank character is
   * {@code [} or <code>{</code> (an array of arrays when {@code [[}, else objects);
   * CryptoDataDownload when the first line is a URL or the header has {@code unix} and {@code
   * symbol}; Binance when the first line starts with a digit and has 12 cells; CSV otherwise.
   */
  public static Format detect(byte[] head, int length) {
    String text = new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("[")) {
      String rest = trimmed.substring(1).stripLeading();
      return rest.startsWith("[") ? JSON_ARRAY : JSON_OBJECTS;
    }
    if (trimmed.startsWith("{")) {
      return JSON_OBJECTS;
    }
    String[] lines = trimmed.split("\r?\n", 3);
    String first = lines[0].trim().toLowerCase(Locale.ROOT);
    if (first.startsWith("http") || first.contains("cryptodatadownload")) {
      return CRYPTODATADOWNLOAD;
    }
    if (first.contains("unix") && first.contains("symbol")) {
      return CRYPTODATADOWNLOAD;
    }
    if (!first.isEmpty()
        && Character.isDigit(first.charAt(0))
        && first.split(",", -1).length == 12) {
      return BINANCE;
    }
    return CSV;
  }

  @Override
  public String toString() {
    return label;
  }
}
