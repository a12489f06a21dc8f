package dev.nightjar.live.state;

import dev.nightjar.backtest.engine.Side;
import dev.nightjar.data.Checks;

/**
 * The open position as the runner last saw it.
 *
 * @param side long or short
 * @param units base-currency quantity, &gt; 0
 * @param entryPrice fill price (quote currency per unit)
 * @param entryTime open time (epoch ms) of the bar it was entered in
 */
public record PositionRecord(Side side, double units, double entryPrice, long entryTime) {
  public PositionRecord {
    Checks.notNull(side, "side");
    if (!(units > 0) || Double.isInfinite(units)) {
      throw new IllegalArgumentException("units must be finite and > 0, got " + units);
    }
    if (!(entryPrice > 0) || Double.isInfinite(entryPrice)) {
      throw new IllegalArgumentException("entryPrice must be finite and > 0, got " + entryPrice);
    }
  }
}
