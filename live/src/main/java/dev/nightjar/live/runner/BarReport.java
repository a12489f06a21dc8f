package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.Rejection;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.live.state.OrderRecord;
import java.util.List;

/**
 * What an {@link Exchange} did in one bar: fills, the trades they closed, refused entries, and the
 * runner's orders whose status changed.
 */
public record BarReport(
    List<Fill> fills, List<Trade> closed, List<Rejection> rejections, List<OrderRecord> orders) {
  public BarReport {
    fills = List.copyOf(fills);
    closed = List.copyOf(closed);
    rejections = List.copyOf(rejections);
    orders = List.copyOf(orders);
  }
}
