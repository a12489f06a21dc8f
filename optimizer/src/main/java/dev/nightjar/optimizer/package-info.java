/**
 * Parameter sweeps: the sweep spec, search methods, the ForkJoin runner with its crash-safe results
 * log and manifest, ranking, robustness statistics, reports and config export.
 */
package dev.nightjar.optimizer;
