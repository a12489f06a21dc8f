package dev.nightjar.backtest.strategy;

import java.util.List;

/** The built-in strategy families. */
final class BuiltIn {
  private BuiltIn() {}

  static List<Strategy> all() {
    return List.of(
        MovingAverageCross.SMA,
        MovingAverageCross.EMA,
        new MacdCross(),
        new RsiReversion(),
        new BollingerReversion(),
        new DonchianBreakout(),
        new SuperTrendFollow());
  }
}
