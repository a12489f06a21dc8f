/**
 * The {@code Strategy} interface, parameter spaces, the per-series feature cache and the built-in
 * strategy families. A strategy maps (series, parameters) to per-bar target positions, or to the
 * list of its signal bars ({@code sparseTargets}), which is what sweeps hand the engine.
 */
package dev.nightjar.backtest.strategy;
