package dev.nightjar.optimizer.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.Funding;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.Timeframe;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.search.SweepPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The specs shipped in {@code examples/} at the repository root parse and expand as intended. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void demoSweepRunsAFewThousandEvaluationsOnTheDemoData() {
    SweepSpec s = SweepSpec.read(EXAMPLES.resolve("demo-sweep.json"));
    assertEquals("demo-sweep", s.name());
    assertEquals(List.of("DEMO-BTC", "DEMO-ETH", "DEMO-SOL", "DEMO-XRP"), s.data().symbols());
    assertEquals(Timeframe.H1, s.data().timeframe());
    assertEquals(0.0006, s.execution().fee());
    assertEquals(Objective.of(Metric.SHARPE), s.objective());
    assertEquals(List.of(Filter.atLeast(Metric.TRADES, 10)), s.filters());
    assertEquals(
        List.of(
            "sma-cross",
            "ema-cross",
            "rsi-reversion",
            "donchian-breakout",
            "bollinger-reversion",
            "supertrend"),
        s.strategies().stream().map(x -> x.strategy().name()).toList());
    long evaluations = (long) SweepPlan.plan(s).size() * s.data().symbols().size();
    assertTrue(evaluations >= 2000 && evaluations <= 5000, "evaluations " + evaluations);
  }

  @Test
  void overnightSweepSamplesItsWideGrids() {
    SweepSpec s = SweepSpec.read(EXAMPLES.resolve("overnight-sweep.json"));
    assertEquals(Timeframe.M5, s.data().timeframe());
    assertEquals(2, s.execution().leverage());
    assertEquals(new Funding.Constant(0.0001), s.execution().funding());
    assertEquals(new SearchSpec.Random(2000, 20240101), s.search());
    SweepPlan plan = SweepPlan.plan(s);
    int total = 0;
    for (int k = 0; k < plan.strategyCount(); k++) {
      StrategySpec strategy = s.strategies().get(k);
      assertEquals(Math.min(2000, strategy.countValid()), plan.count(k), strategy.toString());
      total += plan.count(k);
    }
    assertEquals(total, plan.size());
    assertTrue(plan.size() > 10_000, "combinations " + plan.size());
  }

  @Test
  void walkForwardSweepValidatesOnMonthlyFoldsAndRanksOutOfSample() {
    SweepSpec s = SweepSpec.read(EXAMPLES.resolve("walk-forward-sweep.json"));
    long day = 86_400_000L;
    assertEquals(
        new ValidationSpec.WalkForward(120 * day, 30 * day, 30 * day, false), s.validation());
    assertEquals(RankBy.OOS, s.rankBy());
    assertEquals(List.of("DEMO-BTC", "DEMO-ETH", "DEMO-SOL", "DEMO-XRP"), s.data().symbols());
    // 120 days of 1h bars = 2,880 bars, well above the longest look-back.
    assertTrue(s.longestLookback() < 2_880, "look-back " + s.longestLookback());
  }
}
