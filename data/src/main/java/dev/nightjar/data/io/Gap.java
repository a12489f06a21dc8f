package dev.nightjar.data.io;

/**
 * Missing bars between two consecutive bars.
 *
 * @param lastBefore open time of the bar before the gap, epoch ms
 * @param firstAfter open time of the bar after the gap, epoch ms
 * @param missingBars bars that would fit between them: {@code (firstAfter - lastBefore - 1) /
 *     timeframe}, at least 1
 */
public record Gap(long lastBefore, long firstAfter, long missingBars) {
  public Gap {
    if (firstAfter <= lastBefore) {
      throw new IllegalArgumentException(
          "firstAfter must be > lastBefore, got " + firstAfter + " <= " + lastBefore);
    }
    if (missingBars < 1) {
      throw new IllegalArgumentException("missingBars must be >= 1, got " + missingBars);
    }
  }
}
