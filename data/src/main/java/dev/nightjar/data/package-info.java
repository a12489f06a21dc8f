/**
 * The market-data model: {@link dev.nightjar.data.BarSeries} (columnar, immutable OHLCV), {@link
 * dev.nightjar.data.Timeframe}, {@link dev.nightjar.data.Symbol}, {@link
 * dev.nightjar.data.SeriesId} ({@code SYM:TF}), resampling, and the one exception type for bad
 * data. Formats, the cache, validation and synthetic data live in the sub-packages; nothing here
 * does I/O.
 */
package dev.nightjar.data;
