package dev.nightjar.live.exchange;

import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.live.phemex.Order;
import dev.nightjar.live.phemex.OrderOutcome;
import dev.nightjar.live.phemex.OrderRequest;
import dev.nightjar.live.phemex.OrderType;
import dev.nightjar.live.phemex.PhemexClient;
import dev.nightjar.live.phemex.PosSide;
import dev.nightjar.live.phemex.Position;
import dev.nightjar.live.phemex.Product;
import dev.nightjar.live.phemex.Side;
import dev.nightjar.live.phemex.TimeInForce;
import dev.nightjar.live.runner.Audit;
import dev.nightjar.live.runner.BarReport;
import dev.nightjar.live.runner.Exchange;
import dev.nightjar.live.runner.Snapshot;
import dev.nightjar.live.state.OrderRecord;
import dev.nightjar.live.state.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A USDT-M perpetual on Phemex (one-way mode), through {@link PhemexClient} — which never re-sends
 * an order blindly: after a lost answer it looks the order up by client id first, and a duplicate
 * answer counts as placed.
 *
 * <p>An order moves the position to target × units with one market order (IOC) for the difference
 * from the exchange's current position, rounded down to the lot step; a flat target and the kill
 * switch's flatten are reduce-only. Order statuses come from the exchange by client id; an order it
 * does not know by the next bar is void (the next change of target acts again). Reconcile (on
 * start) settles every saved pending order by client id — one the exchange never received is void,
 * never re-sent — and cancels open orders with the runner's id prefix {@code nj-} that the state
 * does not know. The runner sends an order that ended without a fill again (see {@link #holds});
 * the retry moves the position by the difference only, so it cannot double the exposure.
 */
public final class PhemexExchange implements Exchange {
  private static final String SETTLE = "USDT";

  private final PhemexClient client;
  private final Product product;

  public PhemexExchange(PhemexClient client, Product product) {
    this.client = client;
    this.product = product;
  }

  @Override
  public String name() {
    return "phemex";
  }

  @Override
  public List<OrderRecord> reconcile(List<OrderRecord> saved) {
    Set<String> known = new HashSet<>();
    List<OrderRecord> out = new ArrayList<>();
    for (OrderRecord o : saved) {
      known.add(o.clOrdId());
      out.add(o.status() == OrderStatus.PENDING ? lookUp(o, OrderStatus.CANCELLED) : o);
    }
    for (Order open : client.openOrders(product.symbol())) {
      if (open.clOrdID().startsWith("nj-") && !known.contains(open.clOrdID())) {
        client.cancelOrder(product.symbol(), open.clOrdID(), PosSide.Merged);
        Audit.event("orphan-cancelled", "clOrdId", open.clOrdID());
      }
    }
    return out;
  }

  @Override
  public OrderRecord submit(OrderRecord order, double units) {
    BigDecimal wanted =
        order.target() == 0
            ? BigDecimal.ZERO
            : floorToStep(BigDecimal.valueOf(units)).multiply(BigDecimal.valueOf(order.target()));
    BigDecimal delta = wanted.subtract(position());
    BigDecimal size = floorToStep(delta.abs());
    if (size.signum() == 0) {
      return order.with(OrderStatus.CANCELLED); // already there: nothing to send
    }
    return send(order, delta.signum() > 0 ? size : size.negate(), order.target() == 0);
  }

  /** {@code qty} (≥ 0) rounded down to the lot step; 0 below one step. */
  private BigDecimal floorToStep(BigDecimal qty) {
    return qty.compareTo(product.qtyStep()) < 0
        ? BigDecimal.ZERO
        : product.roundQty(qty, RoundingMode.DOWN);
  }

  @Override
  public BarReport settle(Snapshot model, int bar, long time, List<OrderRecord> pending) {
    List<OrderRecord> changed = new ArrayList<>();
    for (OrderRecord o : pending) {
      // A market order (IOC) fills or dies at once: one the exchange does not know by the next bar
      // never arrived (e.g. not sent while the circuit breaker was open) and is void.
      OrderRecord now = lookUp(o, o.barTime() < time ? OrderStatus.CANCELLED : OrderStatus.PENDING);
      if (now.status() != o.status()) {
        changed.add(now);
      }
    }
    return new BarReport(List.of(), List.of(), List.of(), changed);
  }

  @Override
  public boolean holds(int target) {
    return position().signum() == target;
  }

  @Override
  public int cancelOpenOrders() {
    int n = client.openOrders(product.symbol()).size();
    client.cancelAll(product.symbol());
    return n;
  }

  @Override
  public Optional<Trade> flatten(Snapshot model, OrderRecord order) {
    BigDecimal current = position();
    if (current.signum() != 0) {
      OrderRecord sent = send(order, current.negate(), true);
      if (sent.status() == OrderStatus.REJECTED) {
        throw new IllegalStateException("the exchange refused to flatten " + current);
      }
      BigDecimal after = position();
      if (after.signum() != 0) {
        throw new IllegalStateException(
            "the position is " + after + " after the flattening order " + order.clOrdId());
      }
    }
    return Optional.empty(); // the exchange's fill, not the engine's, closed it
  }

  private OrderRecord send(OrderRecord order, BigDecimal delta, boolean reduceOnly) {
    OrderRequest request =
        new OrderRequest(
            order.clOrdId(),
            product.symbol(),
            delta.signum() > 0 ? Side.Buy : Side.Sell,
            PosSide.Merged,
            OrderType.Market,
            null,
            delta.abs(),
            TimeInForce.ImmediateOrCancel,
            reduceOnly);
    OrderOutcome outcome = client.placeOrder(product, request);
    if (outcome instanceof OrderOutcome.Placed p) {
      return order.with(status(p.order().status(), OrderStatus.PENDING));
    }
    if (outcome instanceof OrderOutcome.Rejected r) {
      Audit.event("rejection", "clOrdId", order.clOrdId(), "code", r.code(), "reason", r.reason());
      return order.with(OrderStatus.REJECTED);
    }
    return order; // unknown: stays pending, settled by client id on the next bar
  }

  /** The signed position size of the product (base units; 0 when flat). */
  private BigDecimal position() {
    for (Position p : client.accountPositions(SETTLE).positions()) {
      if (p.symbol().equals(product.symbol())) {
        return "Sell".equals(p.side()) ? p.size().negate() : p.size();
      }
    }
    return BigDecimal.ZERO;
  }

  private OrderRecord lookUp(OrderRecord o, OrderStatus ifAbsent) {
    Optional<Order> found = client.orderByClientId(product.symbol(), o.clOrdId());
    return o.with(found.map(f -> status(f.status(), OrderStatus.PENDING)).orElse(ifAbsent));
  }

  /** Phemex's order status as the runner's; {@code open} for New, PartiallyFilled, Untriggered. */
  private static OrderStatus status(String phemex, OrderStatus open) {
    switch (phemex) {
      case "Filled":
        return OrderStatus.FILLED;
      case "Canceled":
      case "Deactivated":
        return OrderStatus.CANCELLED;
      case "Rejected":
        return OrderStatus.REJECTED;
      default:
        return open;
    }
  }
}
