/**
 * Overfitting and robustness statistics for sweep results, as pure functions over primitive arrays
 * (no dependency on the sweep classes):
 *
 * <ul>
 *   <li>{@link dev.nightjar.optimizer.robust.Moments}: mean, stdev, skewness, non-excess kurtosis
 *       in one pass;
 *   <li>{@link dev.nightjar.optimizer.robust.ProbabilisticSharpe} (PSR, Bailey and López de Prado
 *       2012) and {@link dev.nightjar.optimizer.robust.DeflatedSharpe} (DSR, 2014): is the selected
 *       Sharpe ratio significant given non-normal returns and the number of trials?
 *   <li>{@link dev.nightjar.optimizer.robust.Cscv}: probability of backtest overfitting by
 *       combinatorially symmetric cross-validation (Bailey, Borwein, López de Prado and Zhu 2017);
 *   <li>{@link dev.nightjar.optimizer.robust.ParameterGrid}: parameter stability, the mean
 *       objective over a point's ±1 neighbourhood on the grid;
 *   <li>{@link dev.nightjar.optimizer.robust.BlockBootstrap}: seeded block bootstrap of trade
 *       returns, distributions of maximum drawdown and final return;
 *   <li>{@link dev.nightjar.optimizer.robust.PeriodReturns}: an equity curve aggregated to UTC
 *       calendar periods, the input of all of the above.
 * </ul>
 *
 * Sharpe ratios here are always <b>per period</b> ({@code mean / sample stdev}, no annualization,
 * no risk-free rate). Nothing here does I/O or logs; {@code robust.sweep} wires these statistics to
 * a finished sweep's rows and writes the run folder's robustness files.
 */
package dev.nightjar.optimizer.robust;
