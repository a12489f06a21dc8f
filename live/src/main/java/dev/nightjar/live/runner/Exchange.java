package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.live.state.OrderRecord;
import java.util.Optional;

/**
 * Where the runner's orders go. Called only from the runner's decision thread. A call that fails
 * throws; the runner counts consecutive failures for its kill switch.
 */
public interface Exchange {
  /** {@code paper} or the exchange's name, for the state file and messages. */
  String name();

  /**
   * Sends an order moving the position to {@code order.target()} (already recorded in the state
   * file, so a crash after this call is reconciled by its client order id).
   */
  void submit(OrderRecord order);

  /**
   * The bar {@code bar} (session index) has closed and {@code model} is the engine's view of the
   * session after it: report what executed during that bar.
   */
  BarReport settle(Snapshot model, int bar);

  /** Cancels every open order of the runner's symbol; returns how many were open. */
  int cancelOpenOrders();

  /** Closes the open position at market; the closing trade, or empty when flat. */
  Optional<Trade> flatten(Snapshot model);
}
