/**
 * Performance metrics, each defined once with its formula, computed in one streaming pass so sweeps
 * never store equity curves.
 */
package dev.nightjar.backtest.metrics;
