package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.indicator.Rsi;
import java.util.List;

/**
 * {@code rsi-reversion}: long when Wilder's RSI crosses back above {@code lower} (leaving the
 * oversold zone), short when it crosses back below {@code upper} (leaving overbought); otherwise
 * keep the position. Defaults 14, 30, 70; constraint {@code lower < upper}.
 */
public final class RsiReversion implements SignalStrategy {
  private static final ParameterSpace SPACE =
      new ParameterSpace(
          List.of(
              ParamSpec.integer("period", 2, 200, 14, 2, "RSI period, bars"),
              ParamSpec.real("lower", 1, 50, 30, 5, "oversold level"),
              ParamSpec.real("upper", 50, 99, 70, 5, "overbought level")),
          List.of("lower < upper"));

  @Override
  public String name() {
    return "rsi-reversion";
  }

  @Override
  public String description() {
    return "long when RSI crosses back above lower, short when it crosses back below upper";
  }

  @Override
  public ParameterSpace parameters() {
    return SPACE;
  }

  @Override
  public TargetScanner rule(FeatureCache f, double[] p) {
    int period = (int) p[0];
    double lower = p[1];
    double upper = p[2];
    double[] rsi = f.get("rsi:" + period, c -> Rsi.compute(c.close(), period));
    return new TargetScanner(
        (from, to, out) -> Signals.crossings(rsi, lower, upper, from, to, out), rsi);
  }
}
