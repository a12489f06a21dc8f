package dev.nightjar.optimizer;

import java.util.Arrays;

/**
 * One parameter set of one strategy in a sweep. {@code id} is its stable position in the sweep's
 * list of combinations (strategies in spec order, then the search method's order), the tie-breaker
 * that makes rankings independent of thread count and scheduling.
 *
 * @param id position in the sweep, from 0
 * @param strategy index of the strategy in the spec's list
 * @param params parameter values in the strategy's parameter order
 */
public record Combination(int id, int strategy, double[] params) {
  public Combination {
    if (id < 0 || strategy < 0) {
      throw new IllegalArgumentException(
          "id and strategy must be >= 0, got " + id + ", " + strategy);
    }
    params = params.clone();
  }

  @Override
  public double[] params() {
    return params.clone();
  }

  /** The value of parameter {@code i} without copying the array. */
  public double param(int i) {
    return params[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Combination c
        && c.id == id
        && c.strategy == strategy
        && Arrays.equals(c.params, params);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * id + strategy) + Arrays.hashCode(params);
  }

  @Override
  public String toString() {
    return "Combination[" + id + ", strategy " + strategy + ", " + Arrays.toString(params) + "]";
  }
}
