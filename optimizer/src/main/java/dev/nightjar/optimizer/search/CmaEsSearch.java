package dev.nightjar.optimizer.search;

import dev.nightjar.optimizer.robust.ParameterGrid;
import dev.nightjar.optimizer.spec.SearchSpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * CMA-ES over each strategy's parameter grid, with Commons Math's {@link CMAESOptimizer} doing the
 * evolution strategy. The search runs in level-index space: parameter k lives in the box {@code
 * [-0.5, L_k - 0.5]} and a proposal x is evaluated at the grid point {@code round(x_k)}; a point
 * that breaks a constraint scores worst. Restarts with a doubled population (IPOP) continue the
 * search until each strategy has evaluated {@code budget} distinct combinations, every candidate,
 * or {@value #RESTARTS} restarts.
 *
 * <p>{@code CMAESOptimizer} asks for one value at a time, but the sweep evaluates many at once. The
 * offspring of a generation do not depend on each other's values, so each {@link #next()} replays
 * the optimizer from its seed, answering known points from the scores reported so far, collects the
 * unknown points of the first generation that has any, and stops it before that generation is used:
 * those points are the batch. A proposal is thus a pure function of the spec and the scores
 * reported, as {@link AdaptiveSearch} requires; a replay costs only the optimizer's own arithmetic.
 */
public final class CmaEsSearch implements AdaptiveSearch {
  /** Restarts after the first run, each with twice the population of the last. */
  static final int RESTARTS = 6;

  /** The value minimized for a failed or invalid point, beyond any clamped objective. */
  private static final double WORST = 1e12;

  /** Objective values are clamped to ±this, so infinities never reach the optimizer. */
  private static final double CLAMP = 1e11;

  private final SweepPlan candidates;
  private final int budget;
  private final long seed;
  private final boolean maximize;
  private final Map<Integer, Double> scores = new HashMap<>();
  private final int[] evaluated;
  private final boolean[] finished;
  private final int[] restart;
  private int round;
  private Batch pending;

  /** The search a spec with {@code "method": "cmaes"} asks for, over its full grid. */
  public static CmaEsSearch of(SweepSpec spec) {
    if (!(spec.search() instanceof SearchSpec.CmaEs c)) {
      throw new IllegalArgumentException(
          "the spec's search method is " + spec.search().method() + ", not cmaes");
    }
    return new CmaEsSearch(SweepPlan.plan(spec), c.budget(), c.seed(), spec.objective().maximize());
  }

  /**
   * @param candidates the valid grid points of every strategy
   * @param budget distinct combinations to evaluate per strategy, at least 1
   * @param seed seeds each strategy's optimizer
   * @param maximize whether higher scores are better
   */
  public CmaEsSearch(SweepPlan candidates, int budget, long seed, boolean maximize) {
    if (candidates.size() == 0 || budget < 1) {
      throw new IllegalArgumentException(
          "CMA-ES needs candidates and a budget >= 1, got " + candidates.size() + ", " + budget);
    }
    this.candidates = candidates;
    this.budget = budget;
    this.seed = seed;
    this.maximize = maximize;
    this.evaluated = new int[candidates.strategyCount()];
    this.finished = new boolean[candidates.strategyCount()];
    this.restart = new int[candidates.strategyCount()];
  }

  @Override
  public SweepPlan candidates() {
    return candidates;
  }

  @Override
  public Batch next() {
    if (pending != null) {
      return pending;
    }
    List<Integer> ids = new ArrayList<>();
    for (int s = 0; s < finished.length; s++) {
      if (!finished[s]) {
        int[] proposed = propose(s);
        finished[s] = proposed.length == 0;
        for (int id : proposed) {
          ids.add(id);
        }
      }
    }
    if (ids.isEmpty()) {
      return null;
    }
    pending = new Batch(round, 1.0, ids.stream().mapToInt(Integer::intValue).sorted().toArray());
    return pending;
  }

  @Override
  public void report(Batch batch, double[] batchScores) {
    if (pending == null || batch.round() != pending.round() || batchScores.length != batch.size()) {
      throw new IllegalArgumentException(
          "expected the scores of round " + (pending == null ? "none" : pending.round()));
    }
    for (int i = 0; i < batch.size(); i++) {
      scores.put(batch.id(i), batchScores[i]);
      evaluated[candidates.strategyOf(batch.id(i))]++;
    }
    pending = null;
    round++;
  }

  /** Ids evaluated so far, ascending. */
  public int[] evaluatedIds() {
    return scores.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** The next new ids of strategy {@code s}, at most its remaining budget; empty when done. */
  private int[] propose(int s) {
    int remaining = Math.min(budget, candidates.count(s)) - evaluated[s];
    if (remaining <= 0) {
      return new int[0];
    }
    // A run that replays without an unknown point never will again: scores only accumulate.
    for (; restart[s] <= RESTARTS; restart[s]++) {
      Replay replay = new Replay(s, restart[s]);
      replay.run();
      if (!replay.unknown.isEmpty()) {
        return replay.unknown.stream().limit(remaining).mapToInt(Integer::intValue).toArray();
      }
    }
    return new int[0];
  }

  /** One replay of one optimizer run of strategy {@code s}. */
  private final class Replay {
    private final int strategy;
    private final int restart;
    private final ParameterGrid grid;
    private final int lambda;
    private final Set<Integer> unknown = new LinkedHashSet<>();
    private int calls;
    private int unknownGeneration = Integer.MAX_VALUE;

    Replay(int strategy, int restart) {
      this.strategy = strategy;
      this.restart = restart;
      this.grid = candidates.grid(strategy);
      // Hansen's default population 4 + ⌊3 ln d⌋, doubled at each restart.
      this.lambda = (4 + (int) Math.floor(3 * Math.log(grid.dimensions()))) << restart;
    }

    void run() {
      int d = grid.dimensions();
      double[] lower = new double[d];
      double[] upper = new double[d];
      double[] start = new double[d];
      double[] sigma = new double[d];
      for (int k = 0; k < d; k++) {
        int levels = candidates.levels(strategy, k).length;
        lower[k] = -0.5;
        upper[k] = levels - 0.5;
        start[k] = (levels - 1) / 2.0;
        sigma[k] = levels / 3.0;
      }
      CMAESOptimizer optimizer =
          new CMAESOptimizer(
              Integer.MAX_VALUE,
              0,
              true,
              0,
              0,
              new MersenneTwister(seed + 1_000_003L * strategy + 7_919L * restart),
              false,
              null);
      try {
        optimizer.optimize(
            new MaxEval(Integer.MAX_VALUE),
            new MaxIter(Integer.MAX_VALUE),
            new ObjectiveFunction(this::value),
            GoalType.MINIMIZE,
            new InitialGuess(start),
            new SimpleBounds(lower, upper),
            new CMAESOptimizer.Sigma(sigma),
            new CMAESOptimizer.PopulationSize(lambda));
      } catch (BatchReady ready) {
        // The unknown points of one generation are collected; the rest of the run is moot.
      }
    }

    /**
     * The value to minimize at {@code x}. Call 0 is the initial guess (generation -1), then
     * generation g makes calls {@code 1 + g·λ .. (g + 1)·λ}.
     */
    private double value(double[] x) {
      int generation = calls == 0 ? -1 : (calls - 1) / lambda;
      calls++;
      if (generation > unknownGeneration) {
        throw new BatchReady();
      }
      int[] coordinates = new int[x.length];
      for (int k = 0; k < x.length; k++) {
        int levels = candidates.levels(strategy, k).length;
        coordinates[k] = (int) Math.max(0, Math.min(levels - 1, Math.round(x[k])));
      }
      int id = candidates.idOf(strategy, grid.index(coordinates));
      if (id < 0) {
        return WORST;
      }
      Double score = scores.get(id);
      if (score == null) {
        unknown.add(id);
        unknownGeneration = generation;
        return 0;
      }
      if (Double.isNaN(score)) {
        return WORST;
      }
      double v = maximize ? -score : score;
      return Math.max(-CLAMP, Math.min(CLAMP, v));
    }
  }

  /** Stops a replay once the generation with unknown points is complete. */
  private static final class BatchReady extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BatchReady() {
      super(null, null, false, false);
    }
  }

  @Override
  public String toString() {
    return "CMA-ES, budget "
        + budget
        + " per strategy, evaluated "
        + Arrays.toString(evaluated)
        + " after round "
        + round;
  }
}
