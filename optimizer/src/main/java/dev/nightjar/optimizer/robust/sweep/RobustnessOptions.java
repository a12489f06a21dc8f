package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.optimizer.robust.BlockBootstrap;
import dev.nightjar.optimizer.robust.Cscv;
import dev.nightjar.optimizer.robust.PeriodReturns;
import dev.nightjar.optimizer.select.GreedySelection;

/**
 * How {@link Robustness#analyze} works.
 *
 * @param top M, the best ranked rows that get per-row figures and take part in the selection
 * @param pboCap most combinations per symbol whose returns feed PBO (memory: cap × periods × 8
 *     bytes per symbol, 10,000 × 365 days = 29 MB); when a symbol has more, see {@link Robustness}
 * @param periodMillis the return period, UTC buckets
 * @param blocks CSCV's S, even
 * @param maxCorrelation the selection's threshold
 * @param resamples bootstrap resamples per row
 * @param seed bootstrap seed
 */
public record RobustnessOptions(
    int top,
    int pboCap,
    long periodMillis,
    int blocks,
    double maxCorrelation,
    int resamples,
    long seed) {
  /** M = 200 rows. */
  public static final int DEFAULT_TOP = 200;

  /** 10,000 combinations per symbol for PBO. */
  public static final int DEFAULT_PBO_CAP = 10_000;

  public RobustnessOptions {
    if (top < 1 || pboCap < 2 || periodMillis < 1 || resamples < 1) {
      throw new IllegalArgumentException(
          "top must be >= 1, pboCap >= 2, periodMillis >= 1 and resamples >= 1, got "
              + top
              + ", "
              + pboCap
              + ", "
              + periodMillis
              + ", "
              + resamples);
    }
    if (blocks < 2 || blocks > Cscv.MAX_BLOCKS || blocks % 2 != 0) {
      throw new IllegalArgumentException(
          "blocks must be even and in [2, " + Cscv.MAX_BLOCKS + "], got " + blocks);
    }
    if (!(maxCorrelation >= -1 && maxCorrelation <= 1)) {
      throw new IllegalArgumentException(
          "maxCorrelation must be in [-1, 1], got " + maxCorrelation);
    }
  }

  /** M = 200, cap 10,000, one day, S = 16, 0.7, 1,000 resamples, seed 1. */
  public static RobustnessOptions defaults() {
    return new RobustnessOptions(
        DEFAULT_TOP,
        DEFAULT_PBO_CAP,
        PeriodReturns.DAY_MILLIS,
        Cscv.DEFAULT_BLOCKS,
        GreedySelection.DEFAULT_MAX_CORRELATION,
        BlockBootstrap.DEFAULT_RESAMPLES,
        1L);
  }

  /** These options with another selection threshold. */
  public RobustnessOptions withMaxCorrelation(double value) {
    return new RobustnessOptions(top, pboCap, periodMillis, blocks, value, resamples, seed);
  }
}
