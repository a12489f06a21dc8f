/**
 * Indicators, strategies, the execution engine and performance metrics. Depends on {@code data}
 * only; no I/O and no logging on per-bar paths.
 */
package dev.nightjar.backtest;
