package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.indicator.Ema;
import dev.nightjar.backtest.indicator.Sma;
import java.util.List;

/**
 * {@code sma-cross} and {@code ema-cross}: long when the fast moving average of closes crosses
 * above the slow one, short (or flat, long-only) when it crosses below; otherwise keep the
 * position. Defaults fast = 10, slow = 30 (backtesting.py's SmaCross); constraint {@code fast <
 * slow}.
 */
public final class MovingAverageCross implements SignalStrategy {
  /** Simple moving averages. */
  public static final MovingAverageCross SMA =
      new MovingAverageCross("sma-cross", "sma", Sma::compute);

  /** Exponential moving averages (TA-Lib seeding). */
  public static final MovingAverageCross EMA =
      new MovingAverageCross("ema-cross", "ema", Ema::compute);

  private static final ParameterSpace SPACE =
      new ParameterSpace(
          List.of(
              ParamSpec.integer("fast", 2, 1000, 10, 5, "fast moving-average period, bars"),
              ParamSpec.integer("slow", 3, 2000, 30, 10, "slow moving-average period, bars")),
          List.of("fast < slow"));

  private final String name;
  private final String indicator;
  private final Average average;

  /** A moving average of {@code in} over {@code period} bars, written into every element of out. */
  @FunctionalInterface
  private interface Average {
    void compute(double[] in, int period, double[] out);
  }

  private MovingAverageCross(String name, String indicator, Average average) {
    this.name = name;
    this.indicator = indicator;
    this.average = average;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "long when "
        + indicator.toUpperCase(java.util.Locale.ROOT)
        + "(fast) crosses above "
        + indicator.toUpperCase(java.util.Locale.ROOT)
        + "(slow), short when it crosses below";
  }

  @Override
  public ParameterSpace parameters() {
    return SPACE;
  }

  @Override
  public TargetScanner rule(FeatureCache f, double[] p) {
    double[] fast = line(f, (int) p[0]);
    double[] slow = line(f, (int) p[1]);
    return new TargetScanner(
        (from, to, out) -> Signals.crossings(fast, slow, slow, from, to, out), fast, slow);
  }

  private double[] line(FeatureCache f, int period) {
    return f.line(indicator + ":" + period, (c, out) -> average.compute(c.close(), period, out));
  }
}
