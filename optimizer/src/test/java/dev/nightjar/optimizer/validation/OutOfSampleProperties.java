package dev.nightjar.optimizer.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** An out-of-sample run reads nothing after its window, and its warm-up comes from before it. */
class OutOfSampleProperties {
  private static final int BARS = 1_200;
  private static final EngineConfig FEES = EngineConfig.defaults().toBuilder().fee(0.0006).build();

  private static BarSeries market(long seed) {
    return SyntheticMarket.generate(
            new SynthSpec(seed, List.of(Symbol.of("A")), 1_704_067_200_000L, BARS))
        .get(0);
  }

  /** The first {@code keep} bars of {@code a}, then {@code b}'s bars, on {@code a}'s times. */
  private static BarSeries splice(BarSeries a, BarSeries b, int keep) {
    double[][] cols = new double[5][BARS];
    double[][] from = {a.opens(), a.highs(), a.lows(), a.closes(), a.volumes()};
    double[][] tail = {b.opens(), b.highs(), b.lows(), b.closes(), b.volumes()};
    for (int c = 0; c < 5; c++) {
      System.arraycopy(from[c], 0, cols[c], 0, keep);
      System.arraycopy(tail[c], keep, cols[c], keep, BARS - keep);
    }
    return BarSeries.of(a.id(), a.times(), cols[0], cols[1], cols[2], cols[3], cols[4]);
  }

  private static double[] oos(BarSeries s, Strategy strategy, double[] params, int from, int to) {
    double[] target = strategy.targets(new FeatureCache(s), params, Direction.LONG_SHORT);
    double[] span = OutOfSample.span(s.size());
    OutOfSample.place(target, from, to, span);
    return OutOfSample.metrics(s, span, from, to, FEES);
  }

  @Property(tries = 60)
  void barsAfterTheWindowCannotChangeTheResult(
      @ForAll @IntRange(min = 0, max = 1_000) int seed,
      @ForAll @IntRange(min = 2, max = 40) int fast,
      @ForAll @IntRange(min = 41, max = 150) int slow,
      @ForAll @IntRange(min = 1, max = 1_000) int from,
      @ForAll @IntRange(min = 2, max = 199) int length,
      @ForAll boolean donchian) {
    int to = from + length;
    Strategy strategy = Strategies.byName(donchian ? "donchian-breakout" : "sma-cross");
    double[] params = donchian ? new double[] {slow} : new double[] {fast, slow};
    BarSeries original = market(seed);
    BarSeries otherFuture = splice(original, market(seed + 7_919), to);
    assertArrayEquals(
        oos(original, strategy, params, from, to), oos(otherFuture, strategy, params, from, to));
  }

  @Property(tries = 30)
  void aWindowOpensWithThePositionTheRuleHeldBeforeIt(
      @ForAll @IntRange(min = 0, max = 1_000) int seed,
      @ForAll @IntRange(min = 300, max = 1_000) int from) {
    // A 200-bar slow average: its crossings (the only decisions) are rare, so most windows open
    // between two of them; the window starts from the last decision before it, not flat.
    Strategy sma = Strategies.byName("sma-cross");
    double[] target =
        sma.targets(new FeatureCache(market(seed)), new double[] {20, 200}, Direction.LONG_SHORT);
    double[] span = OutOfSample.span(BARS);
    OutOfSample.place(target, from, from + 150, span);
    double held = Double.NaN;
    for (int i = from; i >= 0 && Double.isNaN(held); i--) {
      held = target[i];
    }
    assertArrayEquals(new double[] {held}, new double[] {span[from]});
    assertArrayEquals(
        Arrays.copyOfRange(target, from + 1, from + 150),
        Arrays.copyOfRange(span, from + 1, from + 150));
  }
}
