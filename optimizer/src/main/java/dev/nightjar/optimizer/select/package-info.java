/**
 * Diversified selection of ranked configs by the correlation of their per-period returns: {@link
 * dev.nightjar.optimizer.select.CorrelationMatrix} (plain Java or ND4J, chosen by size in {@link
 * dev.nightjar.optimizer.select.Correlations}) and {@link
 * dev.nightjar.optimizer.select.GreedySelection}. This package is the optimizer's only ND4J
 * boundary: {@link dev.nightjar.optimizer.select.Nd4jCorrelation} is the one class that names ND4J
 * types, loaded by name when chosen. Nothing here does I/O.
 */
package dev.nightjar.optimizer.select;
