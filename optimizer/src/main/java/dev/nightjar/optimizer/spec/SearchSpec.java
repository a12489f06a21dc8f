package dev.nightjar.optimizer.spec;

/** How a sweep picks parameter combinations from each strategy's grid. */
public sealed interface SearchSpec
    permits SearchSpec.Grid, SearchSpec.Random, SearchSpec.Halving, SearchSpec.CmaEs {
  /** The method's name in specs: {@code grid}, {@code random}, {@code halving} or {@code cmaes}. */
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

  /**
   * Successive halving over a random sample: {@code samples} and {@code seed} pick the candidates
   * as {@link Random} does; then {@code rounds} rounds, each on η times more of the data than the
   * last and keeping the best 1/η ({@code dev.nightjar.optimizer.search.SuccessiveHalving}).
   *
   * @param samples candidates per strategy, at least 1
   * @param seed the random seed
   * @param eta the reduction factor η, 2..10
   * @param rounds number of rounds, 1..10
   */
  record Halving(int samples, long seed, int eta, int rounds) implements SearchSpec {
    public Halving {
      new Random(samples, seed);
      if (eta < 2 || eta > 10 || rounds < 1 || rounds > 10) {
        throw new IllegalArgumentException(
            "eta must be in [2, 10] and rounds in [1, 10], got " + eta + ", " + rounds);
      }
    }

    /** The sample of candidates. */
    public Random sampling() {
      return new Random(samples, seed);
    }

    @Override
    public String method() {
      return "halving";
    }
  }

  /**
   * CMA-ES (Hansen's covariance matrix adaptation evolution strategy, Commons Math's {@code
   * CMAESOptimizer}) over each strategy's grid box, every proposal rounded to the nearest grid
   * point ({@code dev.nightjar.optimizer.search.CmaEsSearch}).
   *
   * @param budget distinct combinations to evaluate per strategy, at least 1
   * @param seed the random seed
   */
  record CmaEs(int budget, long seed) implements SearchSpec {
    public CmaEs {
      if (budget < 1) {
        throw new IllegalArgumentException("budget must be >= 1, got " + budget);
      }
    }

    @Override
    public String method() {
      return "cmaes";
    }
  }
}
