/**
 * The {@code Strategy} interface, parameter spaces, the per-series feature cache and the built-in
 * strategy families. A strategy maps (series, parameters) to per-bar target positions.
 */
package dev.nightjar.backtest.strategy;
