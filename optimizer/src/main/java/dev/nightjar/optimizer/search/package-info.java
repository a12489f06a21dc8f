/**
 * Search methods: from a {@link dev.nightjar.optimizer.spec.SweepSpec} to the ordered, compact
 * {@link dev.nightjar.optimizer.search.SweepPlan} of combinations ({@link
 * dev.nightjar.optimizer.search.GridSearch}, {@link dev.nightjar.optimizer.search.RandomSearch}),
 * deterministic for a given spec; and {@link dev.nightjar.optimizer.search.AdaptiveSearch}, the
 * protocol of searches that learn from scores ({@link
 * dev.nightjar.optimizer.search.SuccessiveHalving}, {@link
 * dev.nightjar.optimizer.search.CmaEsSearch}). Evaluating combinations belongs to the runner.
 */
package dev.nightjar.optimizer.search;
