package dev.nightjar.cli;

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
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.export.Provenance;
import dev.nightjar.optimizer.export.StrategyConfig;
import dev.nightjar.optimizer.export.StrategyConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A cached 1h series, an exported config for it and loose limits, for the live command's tests. */
final class LiveFixtures {
  final BarSeries series;
  final StrategyConfig config;
  final Path configFile;
  final Path limitsFile;

  LiveFixtures(Path home, Path work, int hours, EngineConfig execution) throws IOException {
    BarSeries m1 =
        SyntheticMarket.generate(
                new SynthSpec(9, List.of(Symbol.of("LIVE-A")), 1_704_067_200_000L, hours * 60))
            .get(0);
    series = Resampler.resample(m1, Timeframe.H1).series();
    new Cache(home).store(series);
    config =
        new StrategyConfig(
            "sma-cross",
            Direction.LONG_SHORT,
            Map.of("fast", 5.0, "slow", 20.0),
            series.id(),
            execution,
            Map.of(),
            1,
            Metric.SHARPE,
            0,
            new Provenance("t", "h", "f", 0, 1, "t", 0));
    configFile = work.resolve("rank-001.json");
    StrategyConfigs.write(configFile, config);
    limitsFile =
        Files.writeString(
            work.resolve("limits.json"),
            "{\"schema\": \"nightjar.live-limits/1\", \"maxLeverage\": 10, \"dailyLossLimit\":"
                + " 0.5, \"maxDrawdown\": 0.9}");
  }

  /** The backtest's trades on the whole series; the still-open one is left out. */
  List<Trade> backtestTrades() {
    Strategy s = Strategies.byName(config.strategy());
    double[] target =
        s.targets(
            new FeatureCache(series), config.values(s.parameters().names()), config.direction());
    return Engine.run(
            series, target, config.execution().toBuilder().closeAtEnd(CloseAtEnd.NO).build())
        .trades();
  }
}
