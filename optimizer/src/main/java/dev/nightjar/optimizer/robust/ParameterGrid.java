package dev.nightjar.optimizer.robust;

import dev.nightjar.data.Checks;
import java.util.function.IntToDoubleFunction;

/**
 * A full factorial parameter grid, {@code levels[k]} levels for parameter {@code k}, with points
 * numbered by a mixed-radix index in row-major order (the <b>last</b> parameter varies fastest, as
 * in nested loops with parameter 0 outermost):
 *
 * <pre>
 *   index = (((c0)·L1 + c1)·L2 + c2)··· ,  0 <= ck < Lk
 * </pre>
 *
 * <p>Parameter stability: the {@link #plateau neighbourhood} of a point is the full {@code 3^k}
 * hypercube of points within ±1 level in every parameter (diagonals included), clipped at the grid
 * edges, <b>including the point itself</b> and excluding points whose objective is NaN (missing or
 * infeasible). A robust optimum sits on a plateau: its neighbourhood mean stays close to its own
 * value.
 */
public final class ParameterGrid {
  private final int[] levels;
  private final int[] strides;
  private final int size;

  /**
   * @param levels number of levels per parameter, each at least 1, product at most {@code 2^31 − 1}
   */
  public ParameterGrid(int... levels) {
    Checks.notNull(levels, "levels");
    Checks.atLeast(levels.length, 1, "levels.length");
    this.levels = levels.clone();
    this.strides = new int[levels.length];
    long size = 1;
    for (int k = levels.length - 1; k >= 0; k--) {
      Checks.atLeast(levels[k], 1, "levels[" + k + "]");
      strides[k] = (int) size;
      size *= levels[k];
      if (size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("grid has more than 2^31 - 1 points: levels too large");
      }
    }
    this.size = (int) size;
  }

  /** Number of parameters k. */
  public int dimensions() {
    return levels.length;
  }

  /** Number of grid points, the product of the levels. */
  public int size() {
    return size;
  }

  /** Mixed-radix index of the point with these level coordinates. */
  public int index(int... coordinates) {
    Checks.notNull(coordinates, "coordinates");
    if (coordinates.length != levels.length) {
      throw new IllegalArgumentException(
          "coordinates.length must be " + levels.length + ", got " + coordinates.length);
    }
    int index = 0;
    for (int k = 0; k < levels.length; k++) {
      if (coordinates[k] < 0 || coordinates[k] >= levels[k]) {
        throw new IllegalArgumentException(
            "coordinates[" + k + "] must be in [0, " + levels[k] + "), got " + coordinates[k]);
      }
      index += coordinates[k] * strides[k];
    }
    return index;
  }

  /** Level coordinates of the point with this index. */
  public int[] coordinates(int index) {
    checkIndex(index);
    int[] c = new int[levels.length];
    for (int k = 0; k < levels.length; k++) {
      c[k] = index / strides[k] % levels[k];
    }
    return c;
  }

  /**
   * Neighbourhood mean of point {@code index} as defined above.
   *
   * @param objective objective value per grid point by index ({@code size()} values, NaN = missing)
   */
  public Plateau plateau(double[] objective, int index) {
    checkObjective(objective);
    return plateau(i -> objective[i], index);
  }

  /**
   * Neighbourhood mean of point {@code index} with the objective given by grid index, for grids too
   * large to hold as an array (a random search evaluates few of its points: the others are NaN,
   * i.e. missing).
   *
   * @param objective objective value by grid index, NaN = missing
   */
  public Plateau plateau(IntToDoubleFunction objective, int index) {
    Checks.notNull(objective, "objective");
    checkIndex(index);
    double value = objective.applyAsDouble(index);
    if (Double.isNaN(value)) {
      return new Plateau(value, Double.NaN, 0);
    }
    int[] centre = coordinates(index);
    double sum = 0;
    int count = 0;
    int cube = (int) Math.pow(3, levels.length);
    for (int offset = 0; offset < cube; offset++) {
      int neighbour = 0;
      boolean inside = true;
      for (int k = 0, digits = offset; k < levels.length && inside; k++, digits /= 3) {
        int c = centre[k] + digits % 3 - 1;
        inside = c >= 0 && c < levels[k];
        neighbour += c * strides[k];
      }
      double v = inside ? objective.applyAsDouble(neighbour) : Double.NaN;
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    return new Plateau(value, sum / count, count);
  }

  /** {@link #plateau} of every point, by index. */
  public Plateau[] plateaus(double[] objective) {
    Plateau[] out = new Plateau[size];
    for (int i = 0; i < size; i++) {
      out[i] = plateau(objective, i);
    }
    return out;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("index must be in [0, " + size + "), got " + index);
    }
  }

  private void checkObjective(double[] objective) {
    Checks.notNull(objective, "objective");
    if (objective.length != size) {
      throw new IllegalArgumentException(
          "objective.length must be " + size + ", got " + objective.length);
    }
  }
}
