/**
 * Robustness of a finished sweep: {@link dev.nightjar.optimizer.robust.sweep.Robustness#analyze}
 * re-runs the combinations that need per-period returns, computes PSR/DSR, plateau ratios, the
 * bootstrap worst cases, PBO per symbol and the diversified selection, and {@link
 * dev.nightjar.optimizer.robust.sweep.RobustnessFiles} writes {@code robustness.csv}, {@code
 * pbo.json}, {@code selection.csv} and {@code returns.bin}. The statistics themselves live in
 * {@code optimizer.robust} and the matrix work in {@code optimizer.select}; this package only wires
 * them to the sweep's rows, plan and series.
 */
package dev.nightjar.optimizer.robust.sweep;
