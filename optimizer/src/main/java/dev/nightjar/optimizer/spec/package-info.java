/**
 * The sweep spec: the JSON a user writes ({@link dev.nightjar.optimizer.spec.SweepSpec#read}), read
 * strictly (unknown fields, wrong types, out-of-range levels and bad constraints are all reported
 * at once with their JSON paths), into validated records: {@link
 * dev.nightjar.optimizer.spec.DataSelection}, {@link dev.nightjar.optimizer.spec.StrategySpec} with
 * one {@link dev.nightjar.optimizer.spec.ParamRange} per parameter, the execution settings, the
 * {@link dev.nightjar.optimizer.spec.SearchSpec}, objective and filters, the optional {@link
 * dev.nightjar.optimizer.spec.ValidationSpec} and {@link dev.nightjar.optimizer.spec.RankBy}, and a
 * canonical hash that identifies the sweep for resume. Resolving symbols against the cache and
 * running the sweep belong elsewhere.
 */
package dev.nightjar.optimizer.spec;
