package dev.nightjar.live.runner;

import dev.nightjar.live.state.OrderRecord;
import dev.nightjar.live.state.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every order of a session by client id, oldest first, with its latest status; owned by the
 * decision thread. Status changes go to the audit log.
 */
final class Orders {
  private final List<OrderRecord> list = new ArrayList<>();

  /** Adds an order of a new client id. */
  void add(OrderRecord order) {
    if (known(order.clOrdId())) {
      throw new IllegalStateException("order " + order.clOrdId() + " exists already");
    }
    list.add(order);
  }

  boolean known(String clOrdId) {
    return byId(clOrdId).isPresent();
  }

  /** The order of this client id with its latest status, if known. */
  Optional<OrderRecord> byId(String clOrdId) {
    return list.stream().filter(o -> o.clOrdId().equals(clOrdId)).findFirst();
  }

  /** Replaces the order of the same client id with {@code o}. */
  void update(OrderRecord o) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).clOrdId().equals(o.clOrdId())) {
        if (list.get(i).status() != o.status()) {
          Audit.event("order-status", "clOrdId", o.clOrdId(), "status", o.status());
        }
        list.set(i, o);
        return;
      }
    }
    throw new IllegalStateException("the exchange reported an unknown order " + o.clOrdId());
  }

  /** The newest order, if any. */
  Optional<OrderRecord> latest() {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  List<OrderRecord> pending() {
    return list.stream().filter(o -> o.status() == OrderStatus.PENDING).toList();
  }

  /** Marks every pending order cancelled (after the exchange cancelled them). */
  void cancelPending() {
    for (OrderRecord o : pending()) {
      update(o.with(OrderStatus.CANCELLED));
    }
  }

  int size() {
    return list.size();
  }

  /** A copy, oldest first. */
  List<OrderRecord> all() {
    return List.copyOf(list);
  }
}
