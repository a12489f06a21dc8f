package dev.nightjar.optimizer.spec;

/** How a sweep picks parameter combinations from each strategy's grid. */
public sealed interface SearchSpec permits SearchSpec.Grid, SearchSpec.Random {
  /** The method's name in specs: {@code grid} or {@code random}. */
  String method();

  /** Every grid point that satisfies the constraints. */
  record Grid() implements SearchSpec {
    @Override
    public String method() {
      return "grid";
    }
  }

  /**
   * A uniform sample without replacement of {@code samples} valid grid points per strategy (all of
   * them when there are fewer), drawn with a {@link java.util.SplittableRandom} seeded by {@code
   * seed}.
   *
   * @param samples points per strategy, at least 1
   * @param seed the random seed
   */
  record Random(int samples, long seed) implements SearchSpec {
    public Random {
      if (samples < 1) {
        throw new IllegalArgumentException("samples must be >= 1, got " + samples);
      }
    }

    @Override
    public String method() {
      return "random";
    }
  }
}
