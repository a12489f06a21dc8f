package dev.nightjar.optimizer.robust.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nightjar.backtest.engine.ExitReason;
import dev.nightjar.backtest.engine.Side;
import dev.nightjar.backtest.engine.Trade;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {
  private static Trade trade(int entryBar, int exitBar, double pnl) {
    return new Trade(
        entryBar, 0, exitBar, 0, Side.LONG, 1, 100, 100, pnl, 0, 0, 0, ExitReason.SIGNAL);
  }

  /**
   * Equity 100, 100, 200, 150, 150. A trade entered on bar 0 with pnl 10 returns 10 / E(0) = 0.1;
   * one entered on bar 3 with pnl −30 returns −30 / E(2) = −0.15; one entered on bar 3 losing 500
   * is clamped at −1 (the bootstrap compounds 1 + r).
   */
  @Test
  void tradeReturnsAreOnTheEquityBeforeEntry() {
    double[] equity = {100, 100, 200, 150, 150};
    assertArrayEquals(
        new double[] {0.1, -0.15, -1},
        Replay.tradeReturns(List.of(trade(0, 2, 10), trade(3, 4, -30), trade(3, 4, -500)), equity),
        1e-15);
  }
}
