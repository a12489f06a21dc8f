package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.indicator.Macd;
import java.util.List;

/**
 * {@code macd-cross}: long when the MACD line crosses above its signal line, short when it crosses
 * below (equivalently, the histogram {@code line − signal} crosses zero). Defaults 12, 26, 9;
 * constraint {@code fast < slow}.
 */
public final class MacdCross implements SignalStrategy {
  private static final ParameterSpace SPACE =
      new ParameterSpace(
          List.of(
              ParamSpec.integer("fast", 2, 200, 12, 2, "fast EMA period, bars"),
              ParamSpec.integer("slow", 3, 400, 26, 4, "slow EMA period, bars"),
              ParamSpec.integer("signal", 2, 100, 9, 2, "signal EMA period, bars")),
          List.of("fast < slow"));

  @Override
  public String name() {
    return "macd-cross";
  }

  @Override
  public String description() {
    return "long when the MACD line crosses above its signal line, short when it crosses below";
  }

  @Override
  public ParameterSpace parameters() {
    return SPACE;
  }

  @Override
  public TargetScanner rule(FeatureCache f, double[] p) {
    int fast = (int) p[0];
    int slow = (int) p[1];
    int signal = (int) p[2];
    double[] hist =
        f.get(
            "macd:" + fast + "," + slow + "," + signal + ":hist",
            c -> {
              int n = c.size();
              double[] line = new double[n];
              double[] sig = new double[n];
              double[] h = new double[n];
              Macd.compute(c.close(), fast, slow, signal, line, sig, h);
              return h;
            });
    return new TargetScanner((from, to, out) -> Signals.crossings(hist, 0, 0, from, to, out), hist);
  }
}
