/**
 * Indicator kernels: static methods over primitive arrays, JDK only, one final class per indicator,
 * plus the {@link dev.nightjar.backtest.indicator.IndicatorCatalog catalog} that names them for the
 * CLI ({@code IndicatorSpec.parse("bbands:20,2")}).
 *
 * <p>Shape: {@code warmup(params)} is the index of the first non-NaN output for finite input;
 * {@code compute(inputs, params, out...)} writes into arrays the caller owns (sweeps reuse buffers;
 * nothing is allocated but O(period) scratch, which each kernel documents); single-output kernels
 * also have an allocating {@code compute(inputs, params)}. Parameters are checked once per call
 * ({@link IllegalArgumentException} naming parameter and value). Multi-output kernels start all
 * their outputs on the same bar, as TA-Lib's outBegIdx.
 *
 * <p>NaN: outputs before the warm-up are NaN. Leading NaN inputs (a chained indicator, e.g. an EMA
 * of an RSI) are skipped: the kernel starts at the first bar where all its inputs are finite, so
 * the warm-up shifts by the number of leading NaNs. Interior NaN (after that first finite bar) is
 * not cleaned: it propagates through running sums and recursive state (NaN from there on, or until
 * the next exact re-summation for rolling sums); rolling max/min give NaN for exactly the windows
 * that contain it (Aroon, which reports where the extreme is, gives unspecified values). Bars from
 * the data module are validated finite, so in practice only chained inputs carry NaN, and only
 * leading.
 *
 * <p>Conventions match TA-Lib 0.4 (checked against TA-Lib Java within 1e-9 relative in the tests)
 * unless a kernel says otherwise; kernels TA-Lib lacks define their formula in their javadoc. Every
 * kernel is O(n) except {@link dev.nightjar.backtest.indicator.Cci} (O(n * period), as TA-Lib).
 * Nothing here logs or throws per element.
 */
package dev.nightjar.backtest.indicator;
