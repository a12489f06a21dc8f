package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.Side;

/**
 * One execution: an entry or an exit of {@code units} at {@code price} (quote per unit, costs of
 * spread and slippage included) in the bar opened at {@code time}.
 *
 * @param entry true for an entry, false for an exit
 * @param reason for an exit, why (SIGNAL, STOP_LOSS, ..., or KILL_SWITCH); for an entry, SIGNAL
 */
public record Fill(
    long time, boolean entry, Side side, double units, double price, String reason) {}
