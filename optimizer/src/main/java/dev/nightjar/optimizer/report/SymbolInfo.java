package dev.nightjar.optimizer.report;

import dev.nightjar.data.SeriesId;

/**
 * One symbol of a sweep as the reports name it.
 *
 * @param series {@code SYM:TF}
 * @param fingerprint {@code dev.nightjar.data.Fingerprint.of} the series evaluated
 * @param firstTime open time of the first bar, epoch ms
 * @param lastTime open time of the last bar, epoch ms
 * @param bars number of bars
 */
public record SymbolInfo(
    SeriesId series, String fingerprint, long firstTime, long lastTime, int bars) {
  public SymbolInfo {
    if (series == null || fingerprint == null) {
      throw new IllegalArgumentException("series and fingerprint must not be null");
    }
    if (firstTime > lastTime || bars < 0) {
      throw new IllegalArgumentException(
          series
              + ": need firstTime <= lastTime and bars >= 0, got "
              + firstTime
              + ", "
              + lastTime
              + ", "
              + bars);
    }
  }
}
