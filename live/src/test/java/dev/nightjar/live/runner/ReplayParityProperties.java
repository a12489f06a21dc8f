package dev.nightjar.live.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.engine.CloseAtEnd;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.FillTiming;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Paper replay equals the backtest for random series, parameters and execution settings. */
class ReplayParityProperties {
  @Property(tries = 25)
  void replayEqualsBacktest(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 10) int fast,
      @ForAll @IntRange(min = 1, max = 30) int gap,
      @ForAll boolean nextOpen,
      @ForAll boolean longOnly,
      @ForAll @IntRange(min = 0, max = 5) int stopPct)
      throws IOException, InterruptedException {
    BarSeries series = Replays.randomWalk(seed, 250);
    EngineConfig exec =
        EngineConfig.builder()
            .fill(nextOpen ? FillTiming.NEXT_OPEN : FillTiming.CLOSE)
            .slippageBps(2)
            .stopLoss(stopPct / 100.0)
            .build();
    StrategyConfig config =
        Replays.config(
            series,
            "sma-cross",
            longOnly ? Direction.LONG_ONLY : Direction.LONG_SHORT,
            Map.of("fast", (double) fast, "slow", (double) (fast + gap)),
            exec);
    Path dir = Files.createTempDirectory("replay-prop");
    RunnerResult r = Replays.replay(config, Replays.loose(), dir, series);
    assertEquals(Replays.backtest(config, series, CloseAtEnd.NO), r.trades());
  }
}
