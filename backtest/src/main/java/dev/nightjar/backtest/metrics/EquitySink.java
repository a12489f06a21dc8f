package dev.nightjar.backtest.metrics;

/**
 * Where a simulation sends each bar's equity, in bar order, as the cash and position it holds at
 * the bar's close: equity = cash + position · (close − entry), or cash when flat (position 0). One
 * bar at a time ({@link #onBar}), or a stretch of bars over which the position is held untouched
 * ({@link #onHeldBars}). {@link MetricsAccumulator} takes them at once; a lane of {@link
 * EquityLanes} records them and accumulates them later together with other runs.
 *
 * <p>{@code time} holds the bar open times and {@code close} the bar closes; {@code position} is in
 * signed units, entered at {@code entry}.
 */
public interface EquitySink {
  /**
   * Bar {@code bar}, and whether a position was open at any moment during it (a trade can open and
   * close within the bar).
   */
  void onBar(
      long[] time,
      double[] close,
      int bar,
      double cash,
      double position,
      double entry,
      boolean exposed);

  /** Bars {@code from} to {@code to − 1}; exposed = position ≠ 0. */
  void onHeldBars(
      long[] time, double[] close, int from, int to, double cash, double position, double entry);
}
