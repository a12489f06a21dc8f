package dev.nightjar.data.validate;

/** What a validation finding is about, with its fixed severity. */
public enum Check {
  /** A row that cannot be read (bad number or time, wrong column count). */
  UNPARSEABLE_ROW(Severity.ERROR, "unparseable rows"),
  /** Two rows with the same open time and different values. */
  CONFLICTING_DUPLICATE(Severity.ERROR, "duplicate times with different values"),
  /** High below open, close or low, or low above open or close. */
  OHLC_VIOLATION(Severity.ERROR, "OHLC violations"),
  /** A price that is not a finite number above zero. */
  NON_POSITIVE_PRICE(Severity.ERROR, "non-positive or non-finite prices"),
  /** Negative or non-finite volume. */
  INVALID_VOLUME(Severity.ERROR, "negative or non-finite volumes"),
  /** An open time that is not a bar start of the timeframe. */
  MISALIGNED_TIME(Severity.ERROR, "times not aligned to the timeframe"),
  /** A row repeating an earlier one exactly (time and OHLCV). */
  EXACT_DUPLICATE(Severity.WARNING, "exact duplicate rows"),
  /** A bar with zero volume. */
  ZERO_VOLUME(Severity.WARNING, "zero-volume bars"),
  /** A bar whose log return is far outside the recent spread ({@link SpikeDetector}). */
  SPIKE(Severity.WARNING, "suspicious spikes");

  private final Severity severity;
  private final String title;

  Check(Severity severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  public Severity severity() {
    return severity;
  }

  /** A plural noun phrase for the text report. */
  public String title() {
    return title;
  }
}
