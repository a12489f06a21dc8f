package dev.nightjar.optimizer.robust;

import dev.nightjar.data.Checks;
import java.util.SplittableRandom;

/**
 * Monte Carlo block bootstrap of a trade-return series: each resample draws {@code n} returns in
 * blocks that wrap around the end of the series (circular), compounds them from equity 1, and
 * records the path's maximum drawdown and final return.
 *
 * <ul>
 *   <li>{@link Scheme#FIXED}: circular moving blocks of exactly {@code blockLength} trades (Künsch
 *       1989; Politis and Romano 1992), the last one cut to fill {@code n};
 *   <li>{@link Scheme#STATIONARY}: blocks of geometric length with mean {@code blockLength}, i.e.
 *       after each trade a new block starts with probability {@code 1/blockLength} (Politis and
 *       Romano 1994, "The Stationary Bootstrap", JASA 89(428)).
 * </ul>
 *
 * Block length rule: {@link #defaultBlockLength} {@code = max(1, round(sqrt(n)))}, a common rule of
 * thumb that keeps short-range dependence (streaks of wins and losses) inside blocks while leaving
 * about {@code sqrt(n)} blocks to shuffle. A block length of 1 is the i.i.d. bootstrap.
 *
 * <p>Deterministic: the same seed and inputs give the same result (one {@link SplittableRandom}
 * seeded with {@code seed}, used in resample order).
 *
 * @param scheme how block lengths are drawn
 * @param blockLength fixed or mean block length in trades, at least 1
 * @param resamples number of resamples B, at least 1
 * @param seed random seed
 */
public record BlockBootstrap(Scheme scheme, int blockLength, int resamples, long seed) {
  /** Default number of resamples B. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** How block lengths are drawn. */
  public enum Scheme {
    FIXED,
    STATIONARY
  }

  public BlockBootstrap {
    Checks.notNull(scheme, "scheme");
    Checks.atLeast(blockLength, 1, "blockLength");
    Checks.atLeast(resamples, 1, "resamples");
  }

  /**
   * Stationary bootstrap of a series of {@code trades} trades with the default block length and
   * {@link #DEFAULT_RESAMPLES} resamples.
   */
  public static BlockBootstrap stationary(int trades, long seed) {
    return new BlockBootstrap(
        Scheme.STATIONARY, defaultBlockLength(trades), DEFAULT_RESAMPLES, seed);
  }

  /** {@code max(1, round(sqrt(trades)))}. */
  public static int defaultBlockLength(int trades) {
    Checks.atLeast(trades, 1, "trades");
    return Math.max(1, (int) Math.round(Math.sqrt(trades)));
  }

  /**
   * Resamples {@code tradeReturns}.
   *
   * @param tradeReturns per-trade returns as fractions ({@code 0.02} = +2 %), each finite and
   *     {@code >= −1}; at least {@code blockLength} of them
   */
  public BootstrapResult run(double[] tradeReturns) {
    Checks.notNull(tradeReturns, "tradeReturns");
    int n = tradeReturns.length;
    if (n < blockLength) {
      throw new IllegalArgumentException(
          "tradeReturns.length must be >= blockLength " + blockLength + ", got " + n);
    }
    for (int i = 0; i < n; i++) {
      Checks.finiteAtLeast(tradeReturns[i], -1, "tradeReturns[" + i + "]");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] positions = new int[n];
    double[] maxDrawdowns = new double[resamples];
    double[] finalReturns = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      draw(random, positions);
      double equity = 1;
      double peak = 1;
      double maxDrawdown = 0;
      for (int position : positions) {
        equity *= 1 + tradeReturns[position];
        peak = Math.max(peak, equity);
        maxDrawdown = Math.max(maxDrawdown, 1 - equity / peak);
      }
      maxDrawdowns[b] = maxDrawdown;
      finalReturns[b] = equity - 1;
    }
    return new BootstrapResult(maxDrawdowns, finalReturns);
  }

  /** Fills {@code positions} with one resample's indices into a series of that length. */
  void draw(SplittableRandom random, int[] positions) {
    int n = positions.length;
    double restart = 1.0 / blockLength;
    int position = 0;
    int leftInBlock = 0;
    for (int i = 0; i < n; i++) {
      boolean newBlock =
          scheme == Scheme.FIXED ? leftInBlock == 0 : i == 0 || random.nextDouble() < restart;
      if (newBlock) {
        position = random.nextInt(n);
        leftInBlock = blockLength;
      } else {
        position = position + 1 == n ? 0 : position + 1;
      }
      positions[i] = position;
      leftInBlock--;
    }
  }
}
