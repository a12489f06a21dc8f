package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.indicator.BollingerBands;
import java.util.List;

/**
 * {@code bollinger-reversion}: long when the close crosses back above the lower Bollinger band,
 * short when it crosses back below the upper band; otherwise keep the position. Bands are
 * SMA(period) ± k population standard deviations (TA-Lib BBANDS). Defaults 20, 2.
 */
public final class BollingerReversion implements SignalStrategy {
  private static final ParameterSpace SPACE =
      new ParameterSpace(
          List.of(
              ParamSpec.integer("period", 2, 500, 20, 5, "band period, bars"),
              ParamSpec.real("k", 0.5, 5, 2, 0.5, "band width, standard deviations")),
          List.of());

  @Override
  public String name() {
    return "bollinger-reversion";
  }

  @Override
  public String description() {
    return "long when the close crosses back above the lower band, short when it crosses back"
        + " below the upper band";
  }

  @Override
  public ParameterSpace parameters() {
    return SPACE;
  }

  @Override
  public TargetScanner rule(FeatureCache f, double[] p) {
    int period = (int) p[0];
    double k = p[1];
    double[][] bands =
        f.group(
            "bbands:" + period + "," + ParamSpec.format(k),
            c -> {
              int n = c.size();
              double[][] b = new double[3][n];
              BollingerBands.compute(c.close(), period, k, b[0], b[1], b[2]);
              return b;
            });
    // bands: upper, middle, lower. Up through the lower band, down through the upper band.
    double[] close = f.close();
    double[] lower = bands[2];
    double[] upper = bands[0];
    return new TargetScanner(
        (from, to, out) -> Signals.crossings(close, lower, upper, from, to, out),
        close,
        lower,
        upper);
  }
}
