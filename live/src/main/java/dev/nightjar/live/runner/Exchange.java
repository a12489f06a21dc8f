package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.live.state.OrderRecord;
import java.util.List;
import java.util.Optional;

/**
 * Where the runner's orders go: the paper exchange (the engine) or a real one. Called only from the
 * runner's decision thread. A call that fails throws; the runner counts consecutive failures for
 * its kill switch. Every order passed in is already in the state file.
 */
public interface Exchange {
  /** {@code paper} or the exchange's name, for the state file and messages. */
  String name();

  /**
   * Before the first decision of a (resumed) session: the saved orders with their true status
   * (looked up by client order id), after cancelling open orders of the runner that the state does
   * not know (orphans).
   */
  List<OrderRecord> reconcile(List<OrderRecord> saved);

  /**
   * Sends an order moving the position to {@code order.target()} × {@code units}.
   *
   * @param units the position size wanted (base units, &gt; 0 unless the target is flat), estimated
   *     from equity at the decision bar's close
   * @return the order with its status after sending ({@link
   *     dev.nightjar.live.state.OrderStatus#PENDING} when the outcome is not known yet)
   */
  OrderRecord submit(OrderRecord order, double units);

  /**
   * The bar {@code bar} (session index, opened at {@code time}) has closed and {@code model} is the
   * engine's view of the session after it: report what executed and which of the {@code pending}
   * orders changed status.
   */
  BarReport settle(Snapshot model, int bar, long time, List<OrderRecord> pending);

  /**
   * Whether the account's position is on the side {@code target} (+1 long, −1 short, 0 flat). The
   * runner asks only after its latest order ended without a fill, to decide whether to send it
   * again; the paper exchange is the engine's model and always answers yes.
   */
  boolean holds(int target);

  /** Cancels every open order of the runner's symbol; returns how many were open. */
  int cancelOpenOrders();

  /**
   * Closes the open position at market with {@code order} (target flat); the closing trade when
   * known, else empty. Returns only once the position is confirmed flat; throws when it is not or
   * when the outcome is unknown.
   */
  Optional<Trade> flatten(Snapshot model, OrderRecord order);
}
