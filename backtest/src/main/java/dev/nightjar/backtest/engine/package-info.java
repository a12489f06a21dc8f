/**
 * The execution engine: target positions to fills, costs, margin, funding, stops and equity, in one
 * pass over the bars. A decision on bar i acts from bar i+1 at the earliest.
 */
package dev.nightjar.backtest.engine;
