package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSharingTest {
  @Test
  void aGridComputesEachMovingAverageOnce() {
    FeatureCache features =
        new FeatureCache(
            SyntheticMarket.generate(
                    new SynthSpec(1, List.of(Symbol.of("F")), 1_704_067_200_000L, 2_000))
                .get(0));
    Strategy s = MovingAverageCross.SMA;
    double[] target = new double[features.size()];
    int combinations = 0;
    for (int fast = 5; fast <= 100; fast += 5) {
      for (int slow = 10; slow <= 200; slow += 10) {
        double[] p = {fast, slow};
        if (s.parameters().satisfies(p)) {
          s.targets(features, p, target);
          combinations++;
        }
      }
    }
    // fast 5..100 step 5 and slow 10..200 step 10 give 20 + 10 distinct periods (110..200 are
    // new), plus the close column they are computed from.
    assertEquals(30 + 1, features.cachedCount());
    // Pairs with fast < slow: for slow = 10k (k = 1..20), fast in {5, 10, ..., min(100, 10k - 5)}.
    int expectedPairs = 0;
    for (int k = 1; k <= 20; k++) {
      expectedPairs += Math.min(20, 2 * k - 1);
    }
    assertEquals(expectedPairs, combinations);
  }
}
