/**
 * The paper exchange, the runner's default: fills come from the backtest engine itself, so paper
 * trading and {@code nightjar backtest} cannot disagree on a fill, a fee or a stop.
 */
package dev.nightjar.live.paper;
