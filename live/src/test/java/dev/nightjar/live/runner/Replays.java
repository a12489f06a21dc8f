package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.CloseAtEnd;
import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Resampler;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.live.config.RiskLimits;
import dev.nightjar.live.paper.PaperExchange;
import dev.nightjar.live.state.StateStore;
import dev.nightjar.optimizer.export.Provenance;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test fixtures: series, configs, a replay through the runner, and the backtest to compare. */
public final class Replays {
  private Replays() {}

  /** Synthetic 1m bars (the demo's generator) resampled to 1h: {@code hours} bars. */
  public static BarSeries synthetic(long seed, int hours) {
    BarSeries m1 =
        SyntheticMarket.generate(
                new SynthSpec(seed, List.of(Symbol.of("SYN-A")), 1_704_067_200_000L, hours * 60))
            .get(0);
    return Resampler.resample(m1, Timeframe.H1).series();
  }

  /** A random walk of {@code n} valid 1h bars, for properties. */
  public static BarSeries randomWalk(long seed, int n) {
    Random r = new Random(seed);
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      t[i] = 1_704_067_200_000L + i * 3_600_000L;
      o[i] = price;
      price *= Math.exp(0.02 * r.nextGaussian());
      c[i] = price;
      h[i] = Math.max(o[i], c[i]) * (1 + 0.01 * r.nextDouble());
      l[i] = Math.min(o[i], c[i]) * (1 - 0.01 * r.nextDouble());
      v[i] = 1 + r.nextDouble();
    }
    return BarSeries.of(SeriesId.parse("RW-X:1h"), t, o, h, l, c, v);
  }

  public static StrategyConfig config(
      BarSeries series,
      String strategy,
      Direction direction,
      Map<String, Double> params,
      EngineConfig execution) {
    return new StrategyConfig(
        strategy,
        direction,
        params,
        series.id(),
        execution,
        Map.of(),
        1,
        Metric.SHARPE,
        0,
        new Provenance("test", "hash", "fp", 0, 1, "test", 0));
  }

  /** A fresh paper runner on {@code stateDir}, replaying {@code series} as fast as possible. */
  public static RunnerResult replay(
      StrategyConfig config, RiskLimits limits, Path stateDir, BarSeries series)
      throws InterruptedException {
    return new Runner(config, limits, new PaperExchange(), new StateStore(stateDir, false), true)
        .run(new ReplayFeed(series, 0));
  }

  /** Generous limits, so the kill switch never trips in parity tests. */
  public static RiskLimits loose() {
    return new RiskLimits(20, 1, 0.5, 0.5, 0.9, 100, true);
  }

  /** The backtest of the same config on the whole series, with the given close-at-end rule. */
  public static List<Trade> backtest(StrategyConfig config, BarSeries series, CloseAtEnd atEnd) {
    Strategy s = Strategies.byName(config.strategy());
    double[] target =
        s.targets(
            new FeatureCache(series), config.values(s.parameters().names()), config.direction());
    return Engine.run(series, target, config.execution().toBuilder().closeAtEnd(atEnd).build())
        .trades();
  }
}
