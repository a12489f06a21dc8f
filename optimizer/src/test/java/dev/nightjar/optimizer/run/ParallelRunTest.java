package dev.nightjar.optimizer.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.FillTiming;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.DonchianBreakout;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.MovingAverageCross;
import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.backtest.strategy.ParameterSpace;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.backtest.strategy.TargetScanner;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ParallelRunTest {
  private static final List<BarSeries> MARKET =
      SyntheticMarket.generate(
          new SynthSpec(4, List.of(Symbol.of("A"), Symbol.of("B")), 1_704_067_200_000L, 10_000));
  private static final EngineConfig CONFIG = EngineConfig.defaults();

  /** sma-cross over fast 2..20 step 2 × slow 5..50 step 5 with fast < slow. */
  private static List<Combination> grid() {
    List<Combination> out = new ArrayList<>();
    for (int fast = 2; fast <= 20; fast += 2) {
      for (int slow = 5; slow <= 50; slow += 5) {
        if (fast < slow) {
          out.add(new Combination(out.size(), 0, new double[] {fast, slow}));
        }
      }
    }
    return out;
  }

  private static Map<Integer, List<ResultRow>> run(
      List<StrategySetup> setups, List<Combination> combos, int threads, long maxFailures) {
    return run(setups, combos, TaskLayout.of(MARKET.size(), combos.size()), threads, maxFailures);
  }

  private static Map<Integer, List<ResultRow>> run(
      List<StrategySetup> setups,
      List<Combination> combos,
      TaskLayout layout,
      int threads,
      long maxFailures) {
    int[] pending = new int[MARKET.size()];
    java.util.Arrays.fill(pending, layout.tasksPerSymbol());
    Evaluator ev = new Evaluator(MARKET, setups, combos::get, layout, pending);
    Map<Integer, List<ResultRow>> byTask = new TreeMap<>();
    ParallelRun.Outcome outcome =
        ParallelRun.run(
            layout,
            IntStream.range(0, layout.count()).toArray(),
            ev,
            threads,
            (task, rows) -> {
              synchronized (byTask) {
                byTask.put(task, rows);
              }
            },
            ProgressListener.NONE,
            () -> false,
            maxFailures);
    assertTrue(outcome.finished(), outcome::toString);
    return byTask;
  }

  private static final List<StrategySetup> SMA =
      List.of(new StrategySetup(MovingAverageCross.SMA, Direction.LONG_SHORT, CONFIG));

  /**
   * Every row equals a direct backtest of its combination: sma-cross long-short and long-only and
   * ema-cross (with a scanner: advanced together over blocks of {@value Evaluator#BLOCK_BARS} bars,
   * five blocks here) next to a whole-series strategy (donchian), in the same tasks.
   */
  @Test
  void rowsEqualADirectBacktestOfEachPair() {
    assertRowsEqualDirectBacktests(2, 0);
  }

  /**
   * The same on one thread, which runs symbol A's task before B's: B's lines are computed into the
   * arrays A's lines had, which the evaluator recycles once A's last task is done.
   */
  @Test
  void rowsEqualADirectBacktestWhenLinesAreRecycled() {
    assertRowsEqualDirectBacktests(1, 0);
  }

  /**
   * The same with many small tasks per symbol on two threads: a symbol's lines are recycled only
   * after its last task, never while another of its tasks still reads them.
   */
  @Test
  void rowsEqualADirectBacktestWithManyTasksPerSymbol() {
    assertRowsEqualDirectBacktests(2, 8);
  }

  /** Rows against direct backtests, on {@code threads}, {@code perTask} per task (0: standard). */
  private static void assertRowsEqualDirectBacktests(int threads, int perTask) {
    EngineConfig stops =
        EngineConfig.builder().fill(FillTiming.CLOSE).stopLoss(0.01).leverage(3).build();
    List<StrategySetup> setups =
        List.of(
            SMA.get(0),
            new StrategySetup(MovingAverageCross.SMA, Direction.LONG_ONLY, stops),
            new StrategySetup(new DonchianBreakout(), Direction.LONG_SHORT, CONFIG),
            new StrategySetup(MovingAverageCross.EMA, Direction.LONG_SHORT, CONFIG));
    List<Combination> combos = new ArrayList<>();
    for (Combination c : grid()) {
      for (int strategy = 0; strategy < 2; strategy++) {
        combos.add(new Combination(combos.size(), strategy, c.params()));
      }
      combos.add(new Combination(combos.size(), 2, new double[] {c.params()[1]}));
      combos.add(new Combination(combos.size(), 3, c.params()));
    }
    TaskLayout layout =
        perTask == 0
            ? TaskLayout.of(MARKET.size(), combos.size())
            : new TaskLayout(MARKET.size(), combos.size(), perTask);
    Map<Integer, List<ResultRow>> byTask = run(setups, combos, layout, threads, 0);
    int rows = 0;
    for (List<ResultRow> task : byTask.values()) {
      for (ResultRow r : task) {
        BarSeries s = MARKET.get(r.symbol());
        Combination c = combos.get(r.combination());
        StrategySetup setup = setups.get(c.strategy());
        double[] target =
            setup.strategy().targets(new FeatureCache(s), c.params(), setup.direction());
        double[] expected = Engine.metrics(s, target, setup.execution()).toArray();
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(r.metrics()));
        rows++;
      }
    }
    assertEquals(MARKET.size() * combos.size(), rows);
  }

  @Property(tries = 5)
  void resultsDoNotDependOnThreadCount(@ForAll @IntRange(min = 2, max = 4) int threads) {
    List<Combination> combos = grid();
    assertEquals(run(SMA, combos, 1, 0), run(SMA, combos, threads, 0));
  }

  /** Throws for odd periods: a stand-in for a strategy bug. */
  private static final Strategy FLAKY =
      new Strategy() {
        @Override
        public String name() {
          return "flaky";
        }

        @Override
        public String description() {
          return "fails on odd periods";
        }

        @Override
        public ParameterSpace parameters() {
          return new ParameterSpace(
              List.of(ParamSpec.integer("period", 1, 100, 2, 1, "period")), List.of());
        }

        @Override
        public void targets(FeatureCache f, double[] p, double[] target) {
          if (p[0] % 2 == 1) {
            throw new IllegalStateException("odd period " + (int) p[0] + "\nsecond line");
          }
          java.util.Arrays.fill(target, 1);
        }
      };

  private static List<Combination> periods(int n) {
    List<Combination> out = new ArrayList<>();
    for (int p = 1; p <= n; p++) {
      out.add(new Combination(p - 1, 0, new double[] {p}));
    }
    return out;
  }

  @Test
  void failuresBecomeRowsWithOneLineMessages() {
    List<StrategySetup> setups = List.of(new StrategySetup(FLAKY, Direction.LONG_SHORT, CONFIG));
    Map<Integer, List<ResultRow>> byTask = run(setups, periods(10), 2, 1_000);
    ResultRow first = byTask.get(0).get(0);
    assertTrue(first.failed());
    assertEquals("odd period 1 second line", first.error());
    assertTrue(Double.isNaN(first.metric(Metric.SHARPE)));
    assertTrue(!byTask.get(0).get(1).failed(), "period 2, in the same task, succeeds");
  }

  /**
   * sma-cross whose scanner does {@code failing} instead of its rule in the second block, for fast
   * periods 2, 6, 10, ...
   */
  private static Strategy failingInTheSecondBlock(String name, TargetScanner.Rule failing) {
    return new Strategy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "sma-cross that fails in the second block for some periods";
      }

      @Override
      public ParameterSpace parameters() {
        return MovingAverageCross.SMA.parameters();
      }

      @Override
      public void targets(FeatureCache f, double[] p, double[] target) {
        MovingAverageCross.SMA.targets(f, p, target);
      }

      @Override
      public Optional<TargetScanner> scanner(FeatureCache f, double[] p) {
        TargetScanner sma = MovingAverageCross.SMA.scanner(f, p).orElseThrow();
        return Optional.of(
            new TargetScanner(
                (from, to, out) -> {
                  if (from >= Evaluator.BLOCK_BARS && (int) p[0] % 4 == 2) {
                    failing.append(from, to, out);
                  } else {
                    sma.append(from, to, out);
                  }
                },
                sma.lines().toArray(new double[0][])));
      }
    };
  }

  /**
   * A combination that throws mid-series becomes a failed row with the message, whether its scanner
   * throws (the scan phase of a block) or it hands the simulation a target the block cannot act on
   * (the simulation phase); the others advancing in the same group still equal a direct backtest.
   */
  @Test
  void aCombinationFailingInALaterBlockFailsOnlyItsRow() {
    int end = 2 * Evaluator.BLOCK_BARS;
    assertOnlyTheFailingRowsFail(
        failingInTheSecondBlock(
            "flaky-scanner",
            (from, to, out) -> {
              throw new IllegalStateException("scanner failed at bar " + from);
            }),
        "scanner failed at bar " + Evaluator.BLOCK_BARS);
    assertOnlyTheFailingRowsFail(
        failingInTheSecondBlock("late-target", (from, to, out) -> out.add(to, 1)),
        "target at bar " + end + " is not before bar " + end);
  }

  private static void assertOnlyTheFailingRowsFail(Strategy strategy, String error) {
    List<Combination> combos = grid();
    List<StrategySetup> setups = List.of(new StrategySetup(strategy, Direction.LONG_SHORT, CONFIG));
    int failed = 0;
    for (List<ResultRow> task : run(setups, combos, 2, 1_000).values()) {
      for (ResultRow r : task) {
        double[] params = combos.get(r.combination()).params();
        if ((int) params[0] % 4 == 2) {
          assertTrue(r.failed(), r.toString());
          assertEquals(error, r.error());
          failed++;
        } else {
          BarSeries s = MARKET.get(r.symbol());
          double[] target =
              MovingAverageCross.SMA.targets(new FeatureCache(s), params, Direction.LONG_SHORT);
          assertArrayEquals(Engine.metrics(s, target, CONFIG).toArray(), r.metrics());
        }
      }
    }
    assertTrue(failed > 0 && failed < MARKET.size() * combos.size(), failed + " failed");
  }

  @Test
  void tooManyFailuresStopTheRun() {
    List<Combination> combos = periods(100);
    TaskLayout layout = new TaskLayout(1, combos.size(), 1);
    Evaluator ev =
        new Evaluator(
            MARKET.subList(0, 1),
            List.of(new StrategySetup(FLAKY, Direction.LONG_SHORT, CONFIG)),
            combos::get,
            layout,
            new int[] {100});
    ParallelRun.Outcome outcome =
        ParallelRun.run(
            layout,
            IntStream.range(0, 100).toArray(),
            ev,
            1,
            (t, rows) -> {},
            ProgressListener.NONE,
            () -> false,
            5);
    assertTrue(
        outcome.stopReason().startsWith("too many failed evaluations (6,"), outcome::toString);
    // With one thread the tasks run in order: the 6th failure (period 11) is task 10.
    assertEquals(11, outcome.completedTasks());
  }

  @Test
  void cancellingStopsHandingOutTasksAndKeepsWhatWasDone() {
    List<Combination> combos = grid();
    TaskLayout layout = new TaskLayout(MARKET.size(), combos.size(), 1);
    int[] pending = {layout.tasksPerSymbol(), layout.tasksPerSymbol()};
    Evaluator ev = new Evaluator(MARKET, SMA, combos::get, layout, pending);
    AtomicInteger accepted = new AtomicInteger();
    ParallelRun.Outcome outcome =
        ParallelRun.run(
            layout,
            IntStream.range(0, layout.count()).toArray(),
            ev,
            2,
            (t, rows) -> accepted.incrementAndGet(),
            ProgressListener.NONE,
            () -> accepted.get() >= 10,
            0);
    assertEquals("interrupted", outcome.stopReason());
    assertEquals(accepted.get(), outcome.completedTasks());
    assertTrue(outcome.completedTasks() < layout.count());
  }
}
