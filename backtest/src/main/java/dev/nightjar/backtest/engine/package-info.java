/**
 * The execution engine: per-bar target positions to fills, costs, margin, funding, stops and
 * equity, in one deterministic pass over the bars. A decision on bar i acts from bar i+1 at the
 * earliest (or at bar i's close with {@link dev.nightjar.backtest.engine.FillTiming#CLOSE}).
 *
 * <p>Entry points: {@link dev.nightjar.backtest.engine.Engine#metrics} for sweeps (no recording,
 * nothing allocated per bar; a sweep passes one shared {@link
 * dev.nightjar.backtest.engine.PriceColumns} per series and the strategy's {@link
 * dev.nightjar.backtest.engine.SparseTargets}) and {@link dev.nightjar.backtest.engine.Engine#run}
 * for one configuration (trades, equity curve, rejections); both share one loop. Options live in
 * {@link dev.nightjar.backtest.engine.EngineConfig}. The rules, event order and cost formulas are
 * on {@link dev.nightjar.backtest.engine.Engine}; conventions against backtesting.py are in the
 * test resource {@code engine/BACKTESTING_PY_PARITY.md}.
 *
 * <p>Not here: target generation (package {@code strategy}), metric definitions (package {@code
 * metrics}), reading funding CSVs (the CLI).
 */
package dev.nightjar.backtest.engine;
