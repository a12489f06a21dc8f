package dev.nightjar.backtest.engine;

/** Why a trade was closed. */
public enum ExitReason {
  /** The target position changed (to flat or to the other side). */
  SIGNAL,
  /** The fixed stop-loss ({@code stopLoss} below/above the entry price) was hit. */
  STOP_LOSS,
  /** The trailing stop ({@code trailingStop} below/above the best price since entry) was hit. */
  TRAILING_STOP,
  /** The take-profit level ({@code takeProfit} above/below the entry price) was reached. */
  TAKE_PROFIT,
  /** The bar's adverse extreme crossed the liquidation price; the margin is lost. */
  LIQUIDATION,
  /** Closed by {@link CloseAtEnd#OPEN} or {@link CloseAtEnd#CLOSE} on the last bar. */
  END_OF_DATA
}
