package dev.nightjar.live.paper;

import dev.nightjar.backtest.engine.Rejection;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.live.runner.BarReport;
import dev.nightjar.live.runner.Exchange;
import dev.nightjar.live.runner.Fill;
import dev.nightjar.live.runner.Snapshot;
import dev.nightjar.live.state.OrderRecord;
import dev.nightjar.live.state.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paper trading: the backtest engine is the exchange. An order is filled exactly as the engine
 * fills the same change of target — at the next bar's open or at the bar's close ({@code fill}),
 * with the config's fee, spread, slippage, sizing, lot size, minimum notional, stops, funding and
 * liquidation rules — because the fills are read off the engine's run over the session ({@link
 * Snapshot}), never re-implemented here. Hence the parity of paper trading with {@code nightjar
 * backtest}. Nothing rests between bars: cancelling is a no-op, flattening closes at the last close
 * as the engine would, and an order decided on an earlier bar is settled by the next one — filled
 * when the engine's position is on its side, else rejected (an engine rejection in the bar) or void
 * (e.g. no re-entry after a stop).
 */
public final class PaperExchange implements Exchange {
  @Override
  public String name() {
    return "paper";
  }

  @Override
  public List<OrderRecord> reconcile(List<OrderRecord> saved) {
    return saved; // nothing lives outside the state file
  }

  @Override
  public OrderRecord submit(OrderRecord order, double units) {
    return order; // the engine fills the change of target when the next bar comes
  }

  @Override
  public BarReport settle(Snapshot model, int bar, long time, List<OrderRecord> pending) {
    List<Fill> fills = new ArrayList<>();
    List<Trade> closed = new ArrayList<>();
    List<Trade> all = new ArrayList<>(model.closed());
    if (model.open() != null) {
      all.add(model.open());
    }
    for (Trade t : all) {
      if (t.entryBar() == bar) {
        fills.add(new Fill(t.entryTime(), true, t.side(), t.units(), t.entryPrice(), "SIGNAL"));
      }
    }
    for (Trade t : model.closed()) {
      if (t.exitBar() == bar) {
        fills.add(
            new Fill(t.exitTime(), false, t.side(), t.units(), t.exitPrice(), t.reason().name()));
        closed.add(t);
      }
    }
    List<Rejection> rejections = new ArrayList<>();
    for (Rejection r : model.rejections()) {
      if (r.bar() == bar) {
        rejections.add(r);
      }
    }
    int side = model.open() == null ? 0 : model.open().side().sign();
    List<OrderRecord> settled = new ArrayList<>();
    for (OrderRecord o : pending) {
      if (o.barTime() < time) {
        settled.add(
            o.with(
                o.target() == side
                    ? OrderStatus.FILLED
                    : rejections.isEmpty() ? OrderStatus.CANCELLED : OrderStatus.REJECTED));
      }
    }
    return new BarReport(fills, closed, rejections, settled);
  }

  @Override
  public boolean holds(int target) {
    return true; // the engine's model is the account: an order it did not fill is not retried
  }

  @Override
  public int cancelOpenOrders() {
    return 0;
  }

  @Override
  public Optional<Trade> flatten(Snapshot model, OrderRecord order) {
    return Optional.ofNullable(model.open());
  }
}
