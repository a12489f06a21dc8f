/**
 * Data-quality reports over a {@link dev.nightjar.data.BarSeries}: gaps, duplicates, OHLC
 * violations, zero-volume bars and suspicious spikes, each with timestamps. A report is a value;
 * the caller decides what to do with it.
 */
package dev.nightjar.data.validate;
