package dev.nightjar.backtest.engine;

import dev.nightjar.backtest.metrics.EquityLanes;
import dev.nightjar.backtest.metrics.EquitySink;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.Checks;

/**
 * A metrics-only run fed block by block: append the targets of the next bars to {@link #targets()},
 * {@link #advance} over those bars, and after the last bar {@link #finish}. The metrics are bit for
 * bit those of {@link Engine#metrics(PriceColumns, SparseTargets, EngineConfig, double[])} on all
 * the targets at once (a property test checks). This is how a sweep advances the combinations of a
 * task together over a block of bars that stays in cache, instead of streaming the whole series
 * from memory once per combination. Holds only the targets not yet acted on. Not thread-safe.
 *
 * <p>Runs made with {@link EquityLanes} also share the per-bar arithmetic: each advance records its
 * bars in a lane, and the caller then {@link EquityLanes#accumulate accumulates} the lanes of every
 * run of the group over the same bars at once (SIMD), with the same bits.
 */
public final class MetricsRun {
  private final SparseTargets targets = new SparseTargets();
  private final Simulation simulation;
  private final int size;
  private final EquityLanes lanes;
  private final EquitySink lane;
  private int done;
  private boolean finished;
  private boolean left;

  /**
   * @param columns the series' shared columns (not empty)
   * @param config the engine settings
   */
  public MetricsRun(PriceColumns columns, EngineConfig config) {
    this(columns, config, null);
  }

  /**
   * A run whose bars go through a lane of {@code lanes} (made by {@link PriceColumns#lanes()} for
   * the same columns): after each {@link #advance}, and before {@link #finish}, the caller calls
   * {@code lanes.accumulate} with the same bars once every run sharing the lanes has advanced.
   *
   * @throws IllegalStateException when every lane is taken
   */
  public MetricsRun(PriceColumns columns, EngineConfig config, EquityLanes lanes) {
    Checks.notNull(columns, "columns");
    if (columns.size() == 0) {
      throw new IllegalArgumentException("series " + columns.series().id() + " has no bars");
    }
    this.simulation =
        new Simulation(columns, targets, Checks.notNull(config, "config"), null, null, null);
    this.size = columns.size();
    this.lanes = lanes;
    this.lane = lanes == null ? null : simulation.feedBarsThrough(lanes);
  }

  /** The targets not yet acted on; append those of the bars before the next {@link #advance}. */
  public SparseTargets targets() {
    return targets;
  }

  /** Bars simulated so far. */
  public int done() {
    return done;
  }

  /**
   * Simulates the bars from {@link #done()} up to {@code bars} (exclusive). Every target of those
   * bars must be in {@link #targets()} by now. A target may not lie before the first bar still to
   * act on one: {@link #done()}, or with NEXT_OPEN fills {@code done() − 1}, whose target fills at
   * the next open.
   *
   * @throws IllegalArgumentException when {@code bars} is not after {@link #done()} or past the
   *     series, or a target lies outside the bars that can still act
   */
  public void advance(int bars) {
    if (bars <= done || bars > size) {
      throw new IllegalArgumentException(
          "bars must be in (" + done + ", " + size + "], got " + bars);
    }
    int n = targets.size();
    if (n > 0 && targets.bar(n - 1) >= bars) {
      throw new IllegalArgumentException(
          "target at bar " + targets.bar(n - 1) + " is not before bar " + bars);
    }
    simulation.advance(bars);
    simulation.dropReadTargets();
    done = bars;
  }

  /** Frees this run's lane, for a run given up on (after a failure); it cannot finish then. */
  public void leaveLanes() {
    if (lanes != null) {
      lanes.remove(lane);
      left = true;
    }
  }

  /**
   * Writes every metric into {@code out} (indexed by {@link Metric#ordinal()}).
   *
   * @throws IllegalStateException before the last bar is simulated (and, with lanes, accumulated),
   *     or when called twice
   */
  public void finish(double[] out) {
    if (left) {
      throw new IllegalStateException("the run left its lanes; it cannot finish");
    }
    if (done != size || finished) {
      throw new IllegalStateException(
          finished ? "finished already" : "simulated " + done + " of " + size + " bars");
    }
    if (lanes != null && lanes.done() != size) {
      throw new IllegalStateException("the lanes accumulated " + lanes.done() + " of " + size);
    }
    if (Checks.notNull(out, "out").length != Metric.count()) {
      throw new IllegalArgumentException(
          "out must have " + Metric.count() + " entries, got " + out.length);
    }
    simulation.finish(out);
    finished = true;
  }
}
