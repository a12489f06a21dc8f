package dev.nightjar.optimizer.search;

import dev.nightjar.optimizer.spec.StrategySpec;
import java.util.SplittableRandom;

/**
 * Random search: a uniform sample without replacement of valid grid points, returned in grid order.
 * Knuth's selection sampling (TAOCP vol. 2, Algorithm 3.4.2 S): with N valid points, visit them in
 * order and take the t-th (t = 0..N−1) with probability (n − m)/(N − t), m = points taken so far.
 * Every n-subset is equally likely; memory is the sample, time two passes over the grid.
 */
public final class RandomSearch {
  private RandomSearch() {}

  /**
   * @param samples wanted sample size, at least 1 (all valid points when there are fewer)
   * @param random the source of randomness, advanced by this call
   * @return the sampled grid-point indices, ascending
   */
  public static int[] points(StrategySpec strategy, int samples, SplittableRandom random) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    int valid = strategy.countValid();
    int n = Math.min(samples, valid);
    int[] out = new int[n];
    int[] taken = {0};
    int[] seen = {0};
    strategy.forEachValid(
        index -> {
          if (random.nextInt(valid - seen[0]) < n - taken[0]) {
            out[taken[0]++] = index;
          }
          seen[0]++;
          return taken[0] < n;
        });
    return out;
  }
}
