package dev.nightjar.data.validate;

/**
 * One place a check found something.
 *
 * @param time the bar's open time, epoch ms UTC, or {@code null} when the row has none
 *     (unparseable)
 * @param line the 1-based line in the file, or 0 when validating a series
 * @param detail what was found, in words
 */
public record Occurrence(Long time, long line, String detail) {
  public Occurrence {
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
    detail = detail == null ? "" : detail;
  }
}
