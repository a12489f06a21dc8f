package dev.nightjar.live.download;

import dev.nightjar.data.TimeFormat;

/**
 * Bar open times {@code [from, to)} in epoch milliseconds, UTC.
 *
 * @param from first open time included
 * @param to first open time excluded, {@code > from}
 */
public record TimeRange(long from, long to) {
  public TimeRange {
    if (to <= from) {
      throw new IllegalArgumentException("to must be > from, got [" + from + ", " + to + ")");
    }
  }

  /** Whether {@code t} is inside. */
  public boolean contains(long t) {
    return t >= from && t < to;
  }

  @Override
  public String toString() {
    return "[" + TimeFormat.iso(from) + ", " + TimeFormat.iso(to) + ")";
  }
}
