package dev.nightjar.live.paper;

import dev.nightjar.backtest.engine.Rejection;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.live.runner.BarReport;
import dev.nightjar.live.runner.Exchange;
import dev.nightjar.live.runner.Fill;
import dev.nightjar.live.runner.Snapshot;
import dev.nightjar.live.state.OrderRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paper trading: the backtest engine is the exchange. An order is filled exactly as the engine
 * fills the same change of target — at the next bar's open or at the bar's close ({@code fill}),
 * with the config's fee, spread, slippage, sizing, lot size, minimum notional, stops, funding and
 * liquidation rules — because the fills are read off the engine's run over the session ({@link
 * Snapshot}), never re-implemented here. Hence the parity of paper trading with {@code nightjar
 * backtest}. Orders are only acknowledged; nothing is pending between bars, so cancelling is a
 * no-op and flattening closes at the last close as the engine would.
 */
public final class PaperExchange implements Exchange {
  @Override
  public String name() {
    return "paper";
  }

  @Override
  public void submit(OrderRecord order) {
    // The engine fills the change of target when the next bar comes (see settle).
  }

  @Override
  public BarReport settle(Snapshot model, int bar) {
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
    return new BarReport(fills, closed, rejections);
  }

  @Override
  public int cancelOpenOrders() {
    return 0;
  }

  @Override
  public Optional<Trade> flatten(Snapshot model) {
    return Optional.ofNullable(model.open());
  }
}
