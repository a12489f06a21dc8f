package dev.nightjar.backtest.engine;

import dev.nightjar.data.Checks;

/**
 * Everything the engine needs besides the bars and the targets. Defaults ({@link #defaults()}) suit
 * crypto perpetuals:
 *
 * <ul>
 *   <li>{@code fill} {@link FillTiming#NEXT_OPEN}
 *   <li>{@code fee} 0.0006 — fraction of traded notional (units × fill price), on entry and exit
 *   <li>{@code spread} 0 — entry price × (1 + spread) long, × (1 − spread) short; exits at the raw
 *       price (backtesting.py's {@code spread})
 *   <li>{@code slippageBps} 0 — every fill (entry, exit, stop, target; not a liquidation) moves
 *       against you by slippageBps/10⁴: buys × (1 + s), sells × (1 − s), after the spread
 *   <li>{@code sizing} {@link Sizing.AllIn}; {@code lotSize} 0 (no rounding); {@code minNotional} 0
 *   <li>{@code leverage} 1; {@code maintenanceMarginRate} 0.005 (see {@link Engine} for the
 *       liquidation price)
 *   <li>{@code funding} {@link Funding.None}
 *   <li>{@code stopLoss}, {@code takeProfit}, {@code trailingStop} 0 = off (fractions: 0.05 = 5 %)
 *   <li>{@code closeAtEnd} {@link CloseAtEnd#CLOSE}; {@code cash} 10,000
 * </ul>
 */
public record EngineConfig(
    FillTiming fill,
    double fee,
    double spread,
    double slippageBps,
    Sizing sizing,
    double lotSize,
    double minNotional,
    double leverage,
    double maintenanceMarginRate,
    Funding funding,
    double stopLoss,
    double takeProfit,
    double trailingStop,
    CloseAtEnd closeAtEnd,
    double cash) {

  public EngineConfig {
    Checks.notNull(fill, "fill");
    Checks.inRange(fee, 0, 0.1, "fee");
    Checks.inRange(spread, 0, 0.5, "spread");
    Checks.inRange(slippageBps, 0, 5000, "slippageBps");
    Checks.notNull(sizing, "sizing");
    Checks.finiteAtLeast(lotSize, 0, "lotSize");
    Checks.finiteAtLeast(minNotional, 0, "minNotional");
    Checks.inRange(leverage, 1, 1000, "leverage");
    if (!(maintenanceMarginRate >= 0 && maintenanceMarginRate < 1 / leverage)) {
      throw new IllegalArgumentException(
          "maintenanceMarginRate must be in [0, 1/leverage = "
              + 1 / leverage
              + "), got "
              + maintenanceMarginRate);
    }
    Checks.notNull(funding, "funding");
    if (!(stopLoss >= 0 && stopLoss < 1)) {
      throw new IllegalArgumentException("stopLoss must be in [0, 1), got " + stopLoss);
    }
    Checks.finiteAtLeast(takeProfit, 0, "takeProfit");
    if (!(trailingStop >= 0 && trailingStop < 1)) {
      throw new IllegalArgumentException("trailingStop must be in [0, 1), got " + trailingStop);
    }
    Checks.notNull(closeAtEnd, "closeAtEnd");
    if (!(cash > 0) || Double.isInfinite(cash)) {
      throw new IllegalArgumentException("cash must be finite and > 0, got " + cash);
    }
  }

  /** The defaults listed above. */
  public static EngineConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .fill(fill)
        .fee(fee)
        .spread(spread)
        .slippageBps(slippageBps)
        .sizing(sizing)
        .lotSize(lotSize)
        .minNotional(minNotional)
        .leverage(leverage)
        .maintenanceMarginRate(maintenanceMarginRate)
        .funding(funding)
        .stopLoss(stopLoss)
        .takeProfit(takeProfit)
        .trailingStop(trailingStop)
        .closeAtEnd(closeAtEnd)
        .cash(cash);
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private FillTiming fill = FillTiming.NEXT_OPEN;
    private double fee = 0.0006;
    private double spread;
    private double slippageBps;
    private Sizing sizing = new Sizing.AllIn();
    private double lotSize;
    private double minNotional;
    private double leverage = 1;
    private double maintenanceMarginRate = 0.005;
    private Funding funding = new Funding.None();
    private double stopLoss;
    private double takeProfit;
    private double trailingStop;
    private CloseAtEnd closeAtEnd = CloseAtEnd.CLOSE;
    private double cash = 10_000;

    private Builder() {}

    public Builder fill(FillTiming value) {
      fill = value;
      return this;
    }

    public Builder fee(double value) {
      fee = value;
      return this;
    }

    public Builder spread(double value) {
      spread = value;
      return this;
    }

    public Builder slippageBps(double value) {
      slippageBps = value;
      return this;
    }

    public Builder sizing(Sizing value) {
      sizing = value;
      return this;
    }

    public Builder lotSize(double value) {
      lotSize = value;
      return this;
    }

    public Builder minNotional(double value) {
      minNotional = value;
      return this;
    }

    public Builder leverage(double value) {
      leverage = value;
      return this;
    }

    public Builder maintenanceMarginRate(double value) {
      maintenanceMarginRate = value;
      return this;
    }

    public Builder funding(Funding value) {
      funding = value;
      return this;
    }

    public Builder stopLoss(double value) {
      stopLoss = value;
      return this;
    }

    public Builder takeProfit(double value) {
      takeProfit = value;
      return this;
    }

    public Builder trailingStop(double value) {
      trailingStop = value;
      return this;
    }

    public Builder closeAtEnd(CloseAtEnd value) {
      closeAtEnd = value;
      return this;
    }

    public Builder cash(double value) {
      cash = value;
      return this;
    }

    public EngineConfig build() {
      return new EngineConfig(
          fill,
          fee,
          spread,
          slippageBps,
          sizing,
          lotSize,
          minNotional,
          leverage,
          maintenanceMarginRate,
          funding,
          stopLoss,
          takeProfit,
          trailingStop,
          closeAtEnd,
          cash);
    }
  }
}
