/**
 * Indicator kernels: static methods over primitive arrays, JDK only. The caller passes the output
 * array; outputs before the warm-up are NaN; leading NaN inputs shift the warm-up. Conventions
 * match TA-Lib unless a kernel says otherwise.
 */
package dev.nightjar.backtest.indicator;
