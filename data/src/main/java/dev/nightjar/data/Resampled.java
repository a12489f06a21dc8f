package dev.nightjar.data;

/**
 * The outcome of {@link Resampler#resample}.
 *
 * @param series the complete buckets, under the source symbol and the target timeframe
 * @param droppedTrailingPartial whether the last bucket was dropped because the source data ends
 *     before that bucket does
 * @param droppedBars how many source bars that dropped bucket held (0 when none was dropped)
 */
public record Resampled(BarSeries series, boolean droppedTrailingPartial, int droppedBars) {
  public Resampled {
    Checks.notNull(series, "series");
    Checks.atLeast(droppedBars, 0, "droppedBars");
    if (droppedTrailingPartial != (droppedBars > 0)) {
      throw new IllegalArgumentException(
          "droppedBars must be > 0 exactly when a trailing partial bucket was dropped, got "
              + droppedBars
              + " with droppedTrailingPartial = "
              + droppedTrailingPartial);
    }
  }
}
