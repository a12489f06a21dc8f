package dev.nightjar.optimizer.spec;

import dev.nightjar.backtest.strategy.Constraint;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.optimizer.robust.ParameterGrid;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One strategy of a sweep: the family, its direction, the levels of every parameter (a parameter
 * the spec does not list has its default as its only level) and the spec's own constraints. A grid
 * point is valid when it satisfies the strategy's constraints and the spec's. Points are numbered
 * row-major (the last parameter varies fastest), as in {@link ParameterGrid}.
 *
 * @param strategy the family
 * @param direction which sides it may hold
 * @param params one range per strategy parameter, in the strategy's parameter order
 * @param constraints the spec's constraints, over the strategy's parameter names
 */
public record StrategySpec(
    Strategy strategy, Direction direction, List<ParamRange> params, List<Constraint> constraints) {
  /** The largest grid a strategy may have, constrained-out points included. */
  public static final long MAX_GRID_POINTS = 10_000_000;

  public StrategySpec {
    if (strategy == null || direction == null || params == null || constraints == null) {
      throw new IllegalArgumentException("strategy, direction, params and constraints are needed");
    }
    params = List.copyOf(params);
    constraints = List.copyOf(constraints);
    List<String> names = strategy.parameters().names();
    List<String> given = params.stream().map(ParamRange::name).toList();
    if (!given.equals(names)) {
      throw new IllegalArgumentException(
          strategy.name() + " needs ranges for " + names + " in that order, got " + given);
    }
    long size = pointCount(params);
    if (size > MAX_GRID_POINTS) {
      throw new IllegalArgumentException(
          strategy.name() + " grid has " + size + " points, more than " + MAX_GRID_POINTS);
    }
  }

  /** Product of the level counts (saturating at {@link Long#MAX_VALUE}). */
  static long pointCount(List<ParamRange> params) {
    long size = 1;
    for (ParamRange r : params) {
      size = size > Long.MAX_VALUE / r.size() ? Long.MAX_VALUE : size * r.size();
    }
    return size;
  }

  /**
   * The largest level of any whole-number parameter, in bars (1 when there is none). The
   * whole-number parameters of the built-in strategies are look-back periods, so this is a lower
   * bound of the warm-up of the slowest combination.
   */
  public int longestLookback() {
    double longest = 1;
    for (int p = 0; p < params.size(); p++) {
      if (strategy.parameters().specs().get(p).integer()) {
        for (double level : params.get(p).levels()) {
          longest = Math.max(longest, level);
        }
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, longest);
  }

  /** The parameter names, in order. */
  public List<String> paramNames() {
    return strategy.parameters().names();
  }

  /** The grid of level indices (constrained-out points included). */
  public ParameterGrid grid() {
    return new ParameterGrid(params.stream().mapToInt(ParamRange::size).toArray());
  }

  /** Number of grid points, constrained-out points included. */
  public int gridSize() {
    return (int) pointCount(params);
  }

  /** Writes the values of the point with these level coordinates into {@code out}. */
  public void values(int[] coordinates, double[] out) {
    for (int k = 0; k < coordinates.length; k++) {
      out[k] = params.get(k).level(coordinates[k]);
    }
  }

  /** Whether {@code values} satisfy the strategy's constraints and the spec's. */
  public boolean satisfies(double[] values) {
    if (!strategy.parameters().satisfies(values)) {
      return false;
    }
    for (Constraint c : constraints) {
      if (!c.test(values)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Visits the index of every valid grid point in ascending order until {@code action} returns
   * false. Allocates nothing per point: the coordinates advance like an odometer.
   */
  public void forEachValid(IntPredicate action) {
    int dims = params.size();
    int[] coordinates = new int[dims];
    double[] values = new double[dims];
    values(coordinates, values);
    int size = gridSize();
    for (int index = 0; index < size; index++) {
      if (satisfies(values) && !action.test(index)) {
        return;
      }
      for (int k = dims - 1; k >= 0; k--) {
        if (++coordinates[k] < params.get(k).size()) {
          values[k] = params.get(k).level(coordinates[k]);
          break;
        }
        coordinates[k] = 0;
        values[k] = params.get(k).level(0);
      }
    }
  }

  /** Number of valid grid points. */
  public int countValid() {
    int[] n = {0};
    forEachValid(
        i -> {
          n[0]++;
          return true;
        });
    return n[0];
  }

  /** Whether at least one grid point is valid (stops at the first). */
  public boolean anyValid() {
    boolean[] found = {false};
    forEachValid(
        i -> {
          found[0] = true;
          return false;
        });
    return found[0];
  }
}
