package dev.nightjar.optimizer.validation;

import dev.nightjar.data.TimeFormat;

/**
 * A half-open time window {@code [from, to)} of bar open times, epoch ms.
 *
 * @param from first open time inside
 * @param to first open time after, {@code > from}
 */
public record Window(long from, long to) {
  public Window {
    if (from >= to) {
      throw new IllegalArgumentException("window needs from < to, got " + from + ", " + to);
    }
  }

  /** Length in ms. */
  public long millis() {
    return to - from;
  }

  @Override
  public String toString() {
    return TimeFormat.iso(from) + " .. " + TimeFormat.iso(to);
  }
}
