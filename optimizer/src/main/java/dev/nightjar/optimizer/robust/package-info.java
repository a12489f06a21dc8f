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
 *       returns, distributions of maximum drawdown and final return.
 * </ul>
 *
 * Sharpe ratios here are always <b>per period</b> ({@code mean / sample stdev}, no annualization,
 * no risk-free rate). Ranking, filters and reports that use these statistics live in {@code rank}
 * and {@code report}; nothing here does I/O or logs.
 */
package dev.nightjar.optimizer.robust;
