package dev.nightjar.live.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.CloseAtEnd;
import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.ExitReason;
import dev.nightjar.backtest.engine.FillTiming;
import dev.nightjar.backtest.engine.Sizing;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.SharedData;
import dev.nightjar.data.io.ImportOptions;
import dev.nightjar.data.io.Importer;
import dev.nightjar.live.paper.PaperExchange;
import dev.nightjar.live.state.PositionRecord;
import dev.nightjar.live.state.StateStore;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paper replay through the runner — bar by bar, recomputing the targets on a growing history and
 * never seeing a future bar — yields exactly the trades of one backtest over the whole series: same
 * entry and exit bars and times, sides, units, prices, fees and PnL. The backtest's last trade
 * closed by END_OF_DATA is the runner's still-open position.
 */
class ReplayParityTest {
  @TempDir Path dir;

  @Test
  void syntheticSeriesWithCostsAndStops() throws InterruptedException {
    BarSeries series = Replays.synthetic(11, 1200);
    EngineConfig exec =
        EngineConfig.builder()
            .fee(0.0006)
            .spread(0.0002)
            .slippageBps(3)
            .sizing(new Sizing.Fraction(0.5))
            .leverage(2)
            .stopLoss(0.03)
            .trailingStop(0.05)
            .build();
    check(
        Replays.config(
            series, "sma-cross", Direction.LONG_SHORT, Map.of("fast", 10.0, "slow", 40.0), exec),
        series,
        dir.resolve("a"));
  }

  @Test
  void bollingerLikeTheDemoConfig() throws InterruptedException {
    BarSeries series = Replays.synthetic(42, 1500);
    check(
        Replays.config(
            series,
            "bollinger-reversion",
            Direction.LONG_SHORT,
            Map.of("period", 20.0, "k", 2.5),
            EngineConfig.defaults()),
        series,
        dir.resolve("b"));
  }

  @Test
  void realBinanceBtcHourly() throws InterruptedException {
    BarSeries all =
        Importer.importFile(
                SharedData.file("binance_BTCUSDT_1h_cdd_clean.csv"),
                SeriesId.parse("BTCUSDT:1h"),
                ImportOptions.defaults())
            .series();
    BarSeries series = all.view(all.size() - 1500, all.size());
    EngineConfig exec =
        EngineConfig.builder()
            .fill(FillTiming.CLOSE)
            .sizing(new Sizing.Fraction(0.8))
            .lotSize(0.001)
            .minNotional(5)
            .takeProfit(0.04)
            .stopLoss(0.02)
            .build();
    check(
        Replays.config(
            series, "ema-cross", Direction.LONG_ONLY, Map.of("fast", 12.0, "slow", 48.0), exec),
        series,
        dir.resolve("c"));
  }

  @Test
  void restartMidReplayDecidesNothingTwice() throws InterruptedException {
    BarSeries series = Replays.synthetic(5, 1000);
    StrategyConfig config =
        Replays.config(
            series,
            "sma-cross",
            Direction.LONG_SHORT,
            Map.of("fast", 5.0, "slow", 20.0),
            EngineConfig.defaults());
    Path state = dir.resolve("restart");
    List<Trade> trades = new ArrayList<>();
    int bars = 0;
    for (int stop : new int[] {137, 520, series.size()}) {
      RunnerResult r = Replays.replay(config, Replays.loose(), state, series.view(0, stop));
      trades.addAll(r.trades());
      bars += r.bars();
    }
    assertEquals(series.size(), bars, "every bar decided exactly once");
    assertEquals(Replays.backtest(config, series, CloseAtEnd.NO), trades);
  }

  @Test
  void warmUpBarsFeedTheIndicatorsOnly() throws InterruptedException {
    BarSeries series = Replays.synthetic(23, 900);
    StrategyConfig config =
        Replays.config(
            series,
            "ema-cross",
            Direction.LONG_SHORT,
            Map.of("fast", 8.0, "slow", 30.0),
            EngineConfig.defaults());
    int start = 300;
    RunnerResult r =
        new Runner(
                config,
                Replays.loose(),
                new PaperExchange(),
                new StateStore(dir.resolve("warm"), false),
                true)
            .run(new ReplayFeed(series.view(start, series.size()), 0), series.view(0, start));
    assertEquals(series.size() - start, r.bars());
    // Expected: targets from the whole history, the engine only over the session's bars.
    Strategy s = Strategies.byName("ema-cross");
    double[] target =
        s.targets(new FeatureCache(series), new double[] {8, 30}, Direction.LONG_SHORT);
    List<Trade> expected =
        Engine.run(
                series.view(start, series.size()),
                Arrays.copyOfRange(target, start, series.size()),
                EngineConfig.builder().closeAtEnd(CloseAtEnd.NO).build())
            .trades();
    assertTrue(expected.size() >= 5, "trades: " + expected.size());
    assertEquals(expected, r.trades());
  }

  private static void check(StrategyConfig config, BarSeries series, Path state)
      throws InterruptedException {
    RunnerResult r = Replays.replay(config, Replays.loose(), state, series);
    assertEquals(Outcome.FEED_ENDED, r.outcome());
    assertEquals(series.size(), r.bars());
    List<Trade> expected = Replays.backtest(config, series, CloseAtEnd.NO);
    assertTrue(expected.size() >= 5, "a meaningful comparison needs trades: " + expected.size());
    assertEquals(expected, r.trades());
    List<Trade> closedAtEnd = Replays.backtest(config, series, CloseAtEnd.CLOSE);
    Trade last = closedAtEnd.get(closedAtEnd.size() - 1);
    PositionRecord p = r.position();
    if (last.reason() == ExitReason.END_OF_DATA && last.exitBar() == series.size() - 1) {
      assertEquals(
          new PositionRecord(last.side(), last.units(), last.entryPrice(), last.entryTime()), p);
    } else {
      assertNull(p);
    }
  }
}
