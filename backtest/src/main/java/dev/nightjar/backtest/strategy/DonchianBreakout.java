package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.indicator.Donchian;
import java.util.List;

/**
 * {@code donchian-breakout}: long when the close rises above the highest high of the previous
 * {@code period} bars ({@code close[i] > upper[i-1]}), short when it falls below the lowest low of
 * the previous {@code period} bars; otherwise keep the position. Default 20 (the Turtles' entry).
 */
public final class DonchianBreakout implements Strategy {
  private static final ParameterSpace SPACE =
      new ParameterSpace(
          List.of(ParamSpec.integer("period", 2, 1000, 20, 5, "channel period, bars")), List.of());

  @Override
  public String name() {
    return "donchian-breakout";
  }

  @Override
  public String description() {
    return "long on a close above the previous period-bar high, short on a close below the"
        + " previous period-bar low";
  }

  @Override
  public ParameterSpace parameters() {
    return SPACE;
  }

  @Override
  public void targets(FeatureCache f, double[] p, double[] target) {
    int period = (int) p[0];
    double[][] channel =
        f.group(
            "donchian:" + period,
            c -> {
              int n = c.size();
              double[][] ch = new double[3][n];
              Donchian.compute(c.high(), c.low(), period, ch[0], ch[1], ch[2]);
              return ch;
            });
    double[] close = f.close();
    double[] upper = channel[0];
    double[] lower = channel[2];
    target[0] = Double.NaN;
    for (int i = 1; i < target.length; i++) {
      target[i] = close[i] > upper[i - 1] ? 1 : close[i] < lower[i - 1] ? -1 : Double.NaN;
    }
  }
}
