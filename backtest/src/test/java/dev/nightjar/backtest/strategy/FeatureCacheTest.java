package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.indicator.Sma;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeatureCacheTest {
  private static final BarSeries SERIES =
      SyntheticMarket.generate(new SynthSpec(2, List.of(Symbol.of("C")), 1_704_067_200_000L, 1000))
          .get(0);
  private static final long ARRAY = 8L * 1000;

  @Test
  void sharesUntilTheBudgetThenDropsTheLeastRecentlyUsed() {
    FeatureCache f = new FeatureCache(SERIES, 3 * ARRAY);
    AtomicInteger computed = new AtomicInteger();
    double[] close = f.close();
    double[] sma10 = f.get("sma:10", c -> count(computed, Sma.compute(c.close(), 10)));
    assertSame(sma10, f.get("sma:10", c -> count(computed, Sma.compute(c.close(), 10))));
    f.get("sma:20", c -> count(computed, Sma.compute(c.close(), 20)));
    assertEquals(3, f.cachedCount());
    assertEquals(3 * ARRAY, f.cachedBytes());
    // close was used by the SMAs' computations after sma:10 was stored, so sma:10 is the oldest.
    f.get("sma:30", c -> count(computed, Sma.compute(c.close(), 30)));
    assertEquals(3, f.cachedCount());
    assertTrue(f.cachedBytes() <= f.maxBytes());
    double[] again = f.get("sma:10", c -> count(computed, Sma.compute(c.close(), 10)));
    assertEquals(4, computed.get(), "sma:10 was recomputed after eviction");
    assertArrayEquals(sma10, again);
    assertArrayEquals(SERIES.closes(), close);
  }

  @Test
  void theNewestEntryStaysEvenWhenAloneOverBudget() {
    FeatureCache f = new FeatureCache(SERIES, ARRAY / 2);
    double[][] bands = f.group("pair", c -> new double[][] {c.close(), c.close()});
    assertSame(bands, f.group("pair", c -> new double[][] {}));
    assertEquals(1, f.cachedCount());
  }

  private static double[] count(AtomicInteger counter, double[] value) {
    counter.incrementAndGet();
    return value;
  }
}
