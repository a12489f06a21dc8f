package dev.nightjar.data.io;

import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;

/**
 * The rules a bar must satisfy, checked in this order: every price finite and {@code > 0}; volume
 * finite and {@code >= 0}; {@code high >= max(open, close, low)}; {@code low <= min(open, close)};
 * the open time aligned to the timeframe ({@link Timeframe#isAligned}). The importer stops at (or
 * drops) a row breaking one; the validator counts them.
 */
public final class BarCheck {
  private BarCheck() {}

  /** What is wrong with a bar. */
  public enum Kind {
    /** A price is not a finite number {@code > 0}. */
    NON_POSITIVE_PRICE,
    /** The volume is negative or not finite. */
    INVALID_VOLUME,
    /** High below open, close or low, or low above open or close. */
    OHLC_VIOLATION,
    /** The open time is not a bar start of the timeframe. */
    MISALIGNED_TIME
  }

  /**
   * The first broken rule of a bar.
   *
   * @param kind the rule
   * @param column the canonical column it names: time, open, high, low, close or volume
   * @param problem what the value should be, for a {@code DataException}
   */
  public record Violation(Kind kind, String column, String problem) {}

  private static final Violation[] NOT_POSITIVE = new Violation[6];

  static {
    for (Field f : new Field[] {Field.OPEN, Field.HIGH, Field.LOW, Field.CLOSE}) {
      NOT_POSITIVE[f.ordinal()] =
          new Violation(Kind.NON_POSITIVE_PRICE, f.canonical(), "expected a finite number > 0");
    }
  }

  private static final Violation HIGH_TOO_LOW =
      new Violation(Kind.OHLC_VIOLATION, "high", "high must be >= open, low and close");
  private static final Violation LOW_TOO_HIGH =
      new Violation(Kind.OHLC_VIOLATION, "low", "low must be <= open and close");
  private static final Violation BAD_VOLUME =
      new Violation(Kind.INVALID_VOLUME, "volume", "expected a finite number >= 0");

  /**
   * The first rule the bar breaks, or {@code null} when it is valid. {@code timeframe} may be
   * {@code null} to skip the alignment rule.
   */
  public static Violation check(
      long time, double o, double h, double l, double c, double v, Timeframe timeframe) {
    if (!positive(o)) {
      return NOT_POSITIVE[Field.OPEN.ordinal()];
    }
    if (!positive(h)) {
      return NOT_POSITIVE[Field.HIGH.ordinal()];
    }
    if (!positive(l)) {
      return NOT_POSITIVE[Field.LOW.ordinal()];
    }
    if (!positive(c)) {
      return NOT_POSITIVE[Field.CLOSE.ordinal()];
    }
    if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
      return BAD_VOLUME;
    }
    if (h < o || h < c || h < l) {
      return HIGH_TOO_LOW;
    }
    if (l > o || l > c) {
      return LOW_TOO_HIGH;
    }
    if (timeframe != null && !timeframe.isAligned(time)) {
      return new Violation(
          Kind.MISALIGNED_TIME,
          "time",
          "open time " + TimeFormat.iso(time) + " is not the start of a " + timeframe + " bar");
    }
    return null;
  }

  private static boolean positive(double x) {
    return x > 0 && x != Double.POSITIVE_INFINITY;
  }
}
