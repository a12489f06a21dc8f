package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.indicator.SuperTrend;
import java.util.List;

/**
 * {@code supertrend}: long while SuperTrend's direction is up, short while it is down (NaN during
 * the ATR warm-up). Defaults period 10, multiplier 3.
 */
public final class SuperTrendFollow implements Strategy {
  private static final ParameterSpace SPACE =
      new ParameterSpace(
          List.of(
              ParamSpec.integer("period", 2, 200, 10, 2, "ATR period, bars"),
              ParamSpec.real("multiplier", 0.5, 10, 3, 0.5, "band distance, ATRs")),
          List.of());

  @Override
  public String name() {
    return "supertrend";
  }

  @Override
  public String description() {
    return "long while the SuperTrend direction is up, short while it is down";
  }

  @Override
  public ParameterSpace parameters() {
    return SPACE;
  }

  @Override
  public void targets(FeatureCache f, double[] p, double[] target) {
    int period = (int) p[0];
    double multiplier = p[1];
    double[][] st =
        f.group(
            "supertrend:" + period + "," + ParamSpec.format(multiplier),
            c -> {
              int n = c.size();
              double[][] out = new double[2][n];
              SuperTrend.compute(c.high(), c.low(), c.close(), period, multiplier, out[0], out[1]);
              return out;
            });
    System.arraycopy(st[1], 0, target, 0, target.length);
  }
}
