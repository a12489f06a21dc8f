package dev.nightjar.backtest.engine;

import dev.nightjar.data.Checks;

/**
 * An entry the engine skipped: at bar {@code bar} (open time {@code time}) it would have opened
 * {@code units} on {@code side} at {@code price} (the fill price, costs included).
 */
public record Rejection(
    int bar, long time, Side side, double units, double price, RejectReason reason) {
  public Rejection {
    Checks.atLeast(bar, 0, "bar");
    Checks.notNull(side, "side");
    Checks.notNull(reason, "reason");
  }
}
