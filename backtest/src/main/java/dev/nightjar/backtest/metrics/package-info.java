/**
 * Performance metrics, each defined once with its formula on {@link
 * dev.nightjar.backtest.metrics.Metric} (stable snake_case key, direction), computed in one
 * streaming pass by {@link dev.nightjar.backtest.metrics.MetricsAccumulator} so sweeps never store
 * equity curves. Values travel as a {@code double[]} indexed by {@code Metric.ordinal()} (NaN where
 * undefined) or wrapped in {@link dev.nightjar.backtest.metrics.Metrics}.
 *
 * <p>Not here: ranking, filters and robustness statistics across runs (the optimizer).
 */
package dev.nightjar.backtest.metrics;
