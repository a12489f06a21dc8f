/**
 * Sweep reports: {@code results.csv}, {@code top.csv}, {@code summary.txt}, {@code
 * best-per-symbol.csv}, {@code marginals.csv} and, for a validated sweep, {@code oos.csv} (fed by
 * {@code dev.nightjar.optimizer.validation.Validation} in the same pass), written by {@link
 * dev.nightjar.optimizer.report.SweepReport} in one streaming pass over the result rows (bounded
 * memory: a CSV chunk, a bounded ranking, small aggregates), byte-deterministic apart from one
 * marked timing line. A sweep is described to the reports by {@link
 * dev.nightjar.optimizer.report.SweepInfo}; the ranking rule (not failed, objective not NaN, every
 * filter passes, best first by the objective's comparator) is {@link
 * dev.nightjar.optimizer.report.SweepInfo#ranks} and {@link dev.nightjar.optimizer.report.Ranking}.
 * Strategy configs live in {@code export}.
 */
package dev.nightjar.optimizer.report;
