package dev.nightjar.backtest.engine;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.Checks;

/**
 * A metrics-only run fed block by block: append the targets of the next bars to {@link #targets()},
 * {@link #advance} over those bars, and after the last bar {@link #finish}. The metrics are bit for
 * bit those of {@link Engine#metrics(PriceColumns, SparseTargets, EngineConfig, double[])} on all
 * the targets at once (a property test checks). This is how a sweep advances the combinations of a
 * task together over a block of bars that stays in cache, instead of streaming the whole series
 * from memory once per combination. Holds only the targets not yet acted on. Not thread-safe.
 */
public final class MetricsRun {
  private final SparseTargets targets = new SparseTargets();
  private final Simulation simulation;
  private final int size;
  private int done;
  private boolean finished;

  /**
   * @param columns the series' shared columns (not empty)
   * @param config the engine settings
   */
  public MetricsRun(PriceColumns columns, EngineConfig config) {
    Checks.notNull(columns, "columns");
    if (columns.size() == 0) {
      throw new IllegalArgumentException("series " + columns.series().id() + " has no bars");
    }
    this.simulation =
        new Simulation(columns, targets, Checks.notNull(config, "config"), null, null, null);
    this.size = columns.size();
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

  /**
   * Writes every metric into {@code out} (indexed by {@link Metric#ordinal()}).
   *
   * @throws IllegalStateException before the last bar is simulated, or when called twice
   */
  public void finish(double[] out) {
    if (done != size || finished) {
      throw new IllegalStateException(
          finished ? "finished already" : "simulated " + done + " of " + size + " bars");
    }
    if (Checks.notNull(out, "out").length != Metric.count()) {
      throw new IllegalArgumentException(
          "out must have " + Metric.count() + " entries, got " + out.length);
    }
    simulation.finish(out);
    finished = true;
  }
}
