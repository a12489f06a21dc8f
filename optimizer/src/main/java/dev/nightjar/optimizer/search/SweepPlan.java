package dev.nightjar.optimizer.search;

import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.robust.ParameterGrid;
import dev.nightjar.optimizer.spec.SearchSpec;
import dev.nightjar.optimizer.spec.StrategySpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ordered combinations of a sweep. Ids run from 0 to {@code size() − 1}: strategies in spec
 * order, and within a strategy the selected grid points in row-major order (last parameter
 * fastest), so an id names the same combination on every run of the same spec. Held compactly as
 * one grid index per combination (4 bytes); values and level coordinates are decoded on demand.
 */
public final class SweepPlan {
  private final List<StrategySpec> strategies;
  private final ParameterGrid[] grids;
  private final int[] firstId;
  private final int[] gridIndex;

  private SweepPlan(List<StrategySpec> strategies, int[][] points) {
    this.strategies = List.copyOf(strategies);
    this.grids = new ParameterGrid[points.length];
    this.firstId = new int[points.length + 1];
    long total = 0;
    for (int s = 0; s < points.length; s++) {
      grids[s] = strategies.get(s).grid();
      firstId[s] = (int) total;
      total += points[s].length;
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("a sweep may have at most 2^31 - 9 combinations");
      }
    }
    firstId[points.length] = (int) total;
    this.gridIndex = new int[(int) total];
    for (int s = 0; s < points.length; s++) {
      System.arraycopy(points[s], 0, gridIndex, firstId[s], points[s].length);
    }
  }

  /**
   * Expands the spec with its search method: every valid point ({@code grid}), or a random sample
   * ({@code random}, and the candidates of {@code halving}, which {@link SuccessiveHalving} then
   * narrows down).
   */
  public static SweepPlan plan(SweepSpec spec) {
    List<StrategySpec> strategies = spec.strategies();
    int[][] points = new int[strategies.size()][];
    SearchSpec.Random sampling =
        spec.search() instanceof SearchSpec.Halving h
            ? h.sampling()
            : spec.search() instanceof SearchSpec.Random r ? r : null;
    if (sampling != null) {
      SplittableRandom root = new SplittableRandom(sampling.seed());
      for (int s = 0; s < points.length; s++) {
        points[s] = RandomSearch.points(strategies.get(s), sampling.samples(), root.split());
      }
    } else {
      for (int s = 0; s < points.length; s++) {
        points[s] = GridSearch.points(strategies.get(s));
      }
    }
    return new SweepPlan(strategies, points);
  }

  /** Number of combinations. */
  public int size() {
    return gridIndex.length;
  }

  /** Number of strategies (as in the spec). */
  public int strategyCount() {
    return strategies.size();
  }

  /** Strategy {@code index} of the spec. */
  public StrategySpec strategy(int index) {
    return strategies.get(index);
  }

  /** The parameter names of strategy {@code index}, in order. */
  public List<String> paramNames(int index) {
    return strategies.get(index).paramNames();
  }

  /** The levels of parameter {@code param} of strategy {@code strategy}, ascending. */
  public double[] levels(int strategy, int param) {
    return strategies.get(strategy).params().get(param).levels();
  }

  /** The grid of strategy {@code index} (for plateau statistics over {@link #gridIndex}). */
  public ParameterGrid grid(int index) {
    return grids[index];
  }

  /** The first id of strategy {@code index}; its ids are {@code [firstId(s), firstId(s + 1))}. */
  public int firstId(int index) {
    return firstId[index];
  }

  /** Number of combinations of strategy {@code index}. */
  public int count(int index) {
    return firstId[index + 1] - firstId[index];
  }

  /** The strategy of combination {@code id}. */
  public int strategyOf(int id) {
    checkId(id);
    int lo = 0;
    int hi = strategies.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstId[mid] <= id) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The index of combination {@code id} in its strategy's {@link #grid}. */
  public int gridIndex(int id) {
    checkId(id);
    return gridIndex[id];
  }

  /**
   * The id of the combination at grid point {@code gridIndex} of strategy {@code strategy}, or
   * {@code -1} when the plan does not hold that point (it breaks a constraint, or a sample left it
   * out). Binary search: a strategy's grid indices are ascending in every plan.
   */
  public int idOf(int strategy, int gridIndex) {
    int at =
        Arrays.binarySearch(this.gridIndex, firstId[strategy], firstId[strategy + 1], gridIndex);
    return at < 0 ? -1 : at;
  }

  /** The level index of each parameter of combination {@code id}. */
  public int[] coordinates(int id) {
    return grids[strategyOf(id)].coordinates(gridIndex(id));
  }

  /** Writes the parameter values of combination {@code id} into {@code out}. */
  public void params(int id, double[] out) {
    strategies.get(strategyOf(id)).values(coordinates(id), out);
  }

  /** Combination {@code id}. */
  public Combination combination(int id) {
    int s = strategyOf(id);
    double[] values = new double[strategies.get(s).params().size()];
    strategies.get(s).values(grids[s].coordinates(gridIndex[id]), values);
    return new Combination(id, s, values);
  }

  private void checkId(int id) {
    if (id < 0 || id >= gridIndex.length) {
      throw new IllegalArgumentException(
          "combination id must be in [0, " + gridIndex.length + "), got " + id);
    }
  }
}
