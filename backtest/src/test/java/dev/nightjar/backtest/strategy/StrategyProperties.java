package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws every built-in strategy obeys, on seeded synthetic markets with random valid parameters. */
class StrategyProperties {
  static final BarSeries MARKET =
      SyntheticMarket.generate(new SynthSpec(11, List.of(Symbol.of("P")), 1_704_067_200_000L, 600))
          .get(0);

  /** Random parameters on each parameter's grid, small enough for 600 bars, satisfying rules. */
  static double[] params(Strategy s, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ParameterSpace space = s.parameters();
    for (int attempt = 0; attempt < 1000; attempt++) {
      double[] v = new double[space.size()];
      for (int i = 0; i < v.length; i++) {
        ParamSpec p = space.specs().get(i);
        double max = p.integer() ? Math.min(p.max(), p.min() + 60) : p.max();
        long steps = (long) Math.floor((max - p.min()) / p.step());
        v[i] = p.min() + p.step() * rnd.nextLong(steps + 1);
      }
      if (space.problems(v).isEmpty()) {
        return v;
      }
    }
    throw new IllegalStateException("no valid parameters found for " + s.name());
  }

  @Property(tries = 60)
  void noLookAheadAndOnlySignedTargets(
      @ForAll @IntRange(min = 0, max = 6) int strategyIndex,
      @ForAll @IntRange(min = 50, max = 598) int cut,
      @ForAll long seed) {
    Strategy s = List.copyOf(Strategies.all().values()).get(strategyIndex);
    double[] p = params(s, seed);
    double[] full = s.targets(new FeatureCache(MARKET), p, Direction.LONG_SHORT);
    double[] truncated =
        s.targets(new FeatureCache(MARKET.view(0, cut + 1)), p, Direction.LONG_SHORT);
    for (int i = 0; i <= cut; i++) {
      assertEquals(
          Double.doubleToLongBits(full[i]),
          Double.doubleToLongBits(truncated[i]),
          () -> s.name() + " looked ahead at bar " + cut);
    }
    for (double t : full) {
      assertTrue(Double.isNaN(t) || t == 1 || t == -1 || t == 0, s.name() + " target " + t);
    }
    double[] longOnly = s.targets(new FeatureCache(MARKET), p, Direction.LONG_ONLY);
    for (int i = 0; i < full.length; i++) {
      double expected = full[i] < 0 ? 0 : full[i];
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(longOnly[i]));
    }
  }
}
