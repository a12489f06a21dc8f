package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.Rejection;
import dev.nightjar.backtest.engine.Trade;
import java.util.List;

/** What an {@link Exchange} did in one bar: fills, the trades they closed, and refused entries. */
public record BarReport(List<Fill> fills, List<Trade> closed, List<Rejection> rejections) {
  public BarReport {
    fills = List.copyOf(fills);
    closed = List.copyOf(closed);
    rejections = List.copyOf(rejections);
  }
}
