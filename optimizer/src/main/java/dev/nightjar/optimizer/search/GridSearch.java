package dev.nightjar.optimizer.search;

import dev.nightjar.optimizer.spec.StrategySpec;
import java.util.Arrays;

/** Grid search: every valid grid point of a strategy, in row-major order. */
public final class GridSearch {
  private GridSearch() {}

  /** The indices of the valid grid points, ascending. */
  public static int[] points(StrategySpec strategy) {
    int[][] buffer = {new int[Math.min(1024, strategy.gridSize())]};
    int[] n = {0};
    strategy.forEachValid(
        index -> {
          if (n[0] == buffer[0].length) {
            buffer[0] = Arrays.copyOf(buffer[0], Math.max(1, 2 * n[0]));
          }
          buffer[0][n[0]++] = index;
          return true;
        });
    return Arrays.copyOf(buffer[0], n[0]);
  }
}
