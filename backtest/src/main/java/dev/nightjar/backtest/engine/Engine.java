package dev.nightjar.backtest.engine;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.metrics.Metrics;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates one strategy on one series from per-bar target positions, in one deterministic pass.
 *
 * <p><b>Targets.</b> {@code target[i]} is decided on bar i's close: &gt; 0 long, &lt; 0 short, 0
 * flat, NaN keep the current target. Only the sign matters (v1); the size comes from {@link
 * Sizing}. With {@link FillTiming#NEXT_OPEN} the change is filled at bar i+1's open (a target on
 * the last bar is never filled); with {@link FillTiming#CLOSE} at bar i's close. Nothing reads bar
 * i+1 before the fill, so there is no look-ahead by construction.
 *
 * <p><b>Order of events in bar i.</b> (1) NEXT_OPEN fill of target[i−1] at the open; (2) {@link
 * CloseAtEnd#OPEN} on the last bar; (3) funding falling in the bar (see {@link Funding}); (4)
 * liquidation, stops and take-profit against the bar's low/high — also on the entry bar of a
 * NEXT_OPEN fill, whose whole range follows its open, never on the entry bar of a CLOSE fill; (5)
 * CLOSE fill of target[i]; (6) {@link CloseAtEnd#CLOSE} on the last bar; (7) equity = cash + sign ·
 * units · (close − entry price) goes to the metrics.
 *
 * <p><b>Trades.</b> A change of target closes the open trade at the fill price, then sizes the new
 * one from the equity after that close (a reversal is two fills at one price). Fees are {@code fee}
 * × units × fill price on entry and exit. Cash changes by −entry fee at entry and by sign · units ·
 * (exit − entry) − exit fee at exit.
 *
 * <p><b>Margin and liquidation (isolated).</b> margin = units · entry / leverage. Liquidation price
 * = entry · (1 − 1/leverage + mmr) long, entry · (1 + 1/leverage − mmr) short (mmr = {@code
 * maintenanceMarginRate}). When the bar's adverse extreme (low for longs, high for shorts) reaches
 * it, the trade closes there ({@link ExitReason#LIQUIDATION}) and loses exactly its margin (the
 * maintenance part goes to the exchange), with no exit fee and no slippage; a gap through it at the
 * open is liquidated the same way.
 *
 * <p><b>Stops.</b> Stop-loss at entry · (1 ∓ stopLoss), take-profit at entry · (1 ± takeProfit),
 * trailing stop at best · (1 ∓ trailingStop) where best is the highest high (long) or lowest low
 * (short) since entry, starting at the entry price and updated after each bar's checks (so a bar's
 * own extreme never moves its stop: pessimistic). The tighter of stop-loss and trailing stop acts.
 * An open beyond the stop fills at the open (gap); an open beyond the target fills at the open
 * (favourable gap). When the stop and the target both lie inside one bar the stop is assumed hit
 * first (pessimistic); a stop that is beyond the liquidation price can only be reached after it.
 * After a stop, take-profit or liquidation exit, or after a rejected entry, the target is not
 * entered again until it changes (e.g. 1 → 0 → 1, or 1 → −1).
 *
 * <p><b>Cost.</b> The loop is primitive and allocates nothing per bar; stops, funding and
 * liquidation sit behind cheap branches. Targets are read as {@link SparseTargets} (the non-NaN
 * entries; a dense array is converted once). {@link #run} steps bar by bar and records the trades
 * and the equity curve; {@link #metrics} runs the same rules without recording and, between trades,
 * hands stretches of quiet bars (no new target, no stop or liquidation level touched) to the
 * metrics in one batch — bit-identical to stepping, which a property test checks.
 */
public final class Engine {
  private Engine() {}

  /** Full run: metrics, trade list, equity curve and rejections. */
  public static BacktestResult run(BarSeries series, double[] target, EngineConfig config) {
    check(series, target, config);
    List<Trade> trades = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    double[] equity = new double[series.size()];
    double[] out = new double[Metric.count()];
    new Simulation(
            PriceColumns.of(series), SparseTargets.of(target), config, trades, rejections, equity)
        .run(out);
    return new BacktestResult(Metrics.of(out), trades, equity, rejections);
  }

  /**
   * Metrics-only run: writes every metric into {@code out} (length {@link Metric#count()}, indexed
   * by {@link Metric#ordinal()}); bit for bit the metrics of {@link #run}. Copies the price columns
   * first; sweeps share one {@link PriceColumns} per series instead.
   */
  public static void metrics(BarSeries series, double[] target, EngineConfig config, double[] out) {
    check(series, target, config);
    metrics(PriceColumns.of(series), target, config, out);
  }

  /**
   * Metrics-only run for sweeps, on columns shared by every run over the series; as {@link
   * #metrics(BarSeries, double[], EngineConfig, double[])}.
   */
  public static void metrics(
      PriceColumns columns, double[] target, EngineConfig config, double[] out) {
    check(Checks.notNull(columns, "columns").series(), target, config);
    metrics(columns, SparseTargets.of(target), config, out);
  }

  /**
   * Metrics-only run for sweeps from sparse targets (the non-NaN entries of a target array, see
   * {@link SparseTargets}): bit for bit the metrics of the dense form, without a per-bar array to
   * scan.
   *
   * @throws IllegalArgumentException when an entry's bar is outside the series
   */
  public static void metrics(
      PriceColumns columns, SparseTargets targets, EngineConfig config, double[] out) {
    nonEmpty(Checks.notNull(columns, "columns").series());
    Checks.notNull(targets, "targets");
    Checks.notNull(config, "config");
    if (targets.size() > 0 && targets.bar(targets.size() - 1) >= columns.size()) {
      throw new IllegalArgumentException(
          "targets reach bar "
              + targets.bar(targets.size() - 1)
              + " but series "
              + columns.series().id()
              + " has "
              + columns.size()
              + " bars");
    }
    if (Checks.notNull(out, "out").length != Metric.count()) {
      throw new IllegalArgumentException(
          "out must have " + Metric.count() + " entries, got " + out.length);
    }
    new Simulation(columns, targets, config, null, null, null).run(out);
  }

  /** Metrics-only run returning a {@link Metrics}. */
  public static Metrics metrics(BarSeries series, double[] target, EngineConfig config) {
    double[] out = new double[Metric.count()];
    metrics(series, target, config, out);
    return Metrics.of(out);
  }

  private static void check(BarSeries series, double[] target, EngineConfig config) {
    nonEmpty(Checks.notNull(series, "series"));
    Checks.notNull(target, "target");
    Checks.notNull(config, "config");
    if (target.length != series.size()) {
      throw new IllegalArgumentException(
          "target has " + target.length + " values but series has " + series.size() + " bars");
    }
  }

  private static void nonEmpty(BarSeries series) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series " + series.id() + " has no bars");
    }
  }
}
