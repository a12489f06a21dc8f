/**
 * Data-quality reports: {@link dev.nightjar.data.validate.Validator} checks a {@link
 * dev.nightjar.data.BarSeries} or a file's raw rows (read leniently, with line numbers, timeframe
 * inferred when not given) and returns a {@link dev.nightjar.data.validate.ValidationReport} — a
 * record tree Jackson serializes as is, with a text form for the terminal. Each {@link
 * dev.nightjar.data.validate.Check} has a fixed {@link dev.nightjar.data.validate.Severity}; the
 * spike rule is {@link dev.nightjar.data.validate.SpikeDetector}. A report is a value: nothing here
 * throws for bad data, the caller (the CLI exits 3 on errors) decides.
 */
package dev.nightjar.data.validate;
