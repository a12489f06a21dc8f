package dev.nightjar.optimizer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.spec.StrategySpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
  private static SweepSpec spec(String strategies, String search) {
    return SweepSpec.parse(
        "{\"data\": {\"symbols\": [\"X\"], \"timeframe\": \"1h\"}, \"strategies\": ["
            + strategies
            + "], \"search\": "
            + search
            + "}",
        Path.of("spec.json"));
  }

  private static final String SMALL =
      "{\"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"values\": [5, 10, 15]},"
          + " \"slow\": {\"values\": [10, 20]}}},"
          + " {\"strategy\": \"donchian-breakout\", \"params\": {\"period\": {\"values\": [10,"
          + " 20]}}}";

  /** sma-cross fast 5..50 by 5, slow 10..100 by 10, plus the spec's slow >= 2 * fast. */
  private static final String WIDE =
      "{\"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 5, \"to\": 50, \"step\":"
          + " 5}, \"slow\": {\"from\": 10, \"to\": 100, \"step\": 10}}, \"constraints\": [\"slow"
          + " >= 2 * fast\"]}";

  private static final String GRID = "{\"method\": \"grid\"}";

  @Test
  void gridOrderIsStrategiesThenRowMajorWithConstraintsApplied() {
    SweepPlan plan = SweepPlan.plan(spec(SMALL, GRID));
    // Row-major over fast x slow: (5,10) (5,20) (10,10) (10,20) (15,10) (15,20); sma-cross's own
    // fast < slow drops (10,10) and (15,10). Then donchian-breakout's two periods.
    List<Combination> expected =
        List.of(
            new Combination(0, 0, new double[] {5, 10}),
            new Combination(1, 0, new double[] {5, 20}),
            new Combination(2, 0, new double[] {10, 20}),
            new Combination(3, 0, new double[] {15, 20}),
            new Combination(4, 1, new double[] {10}),
            new Combination(5, 1, new double[] {20}));
    List<Combination> actual = new ArrayList<>();
    for (int id = 0; id < plan.size(); id++) {
      actual.add(plan.combination(id));
    }
    assertEquals(expected, actual);
    assertEquals(2, plan.strategyCount());
    assertEquals(List.of("fast", "slow"), plan.paramNames(0));
    assertEquals(List.of("period"), plan.paramNames(1));
    assertEquals(0, plan.firstId(0));
    assertEquals(4, plan.firstId(1));
    assertEquals(4, plan.count(0));
    assertEquals(2, plan.count(1));
    assertEquals(1, plan.strategyOf(5));
    assertArrayEquals(new double[] {10, 20}, plan.levels(1, 0));
  }

  @Test
  void coordinatesRecoverTheLevelsOfEachParameter() {
    SweepPlan plan = SweepPlan.plan(spec(SMALL, GRID));
    // (5,10) (5,20) (10,20) (15,20) sit at level coordinates (0,0) (0,1) (1,1) (2,1),
    // row-major grid indices 0, 1, 3, 5 of the 3 x 2 grid.
    int[][] coordinates = {{0, 0}, {0, 1}, {1, 1}, {2, 1}, {0}, {1}};
    int[] gridIndex = {0, 1, 3, 5, 0, 1};
    for (int id = 0; id < plan.size(); id++) {
      assertArrayEquals(coordinates[id], plan.coordinates(id));
      assertEquals(gridIndex[id], plan.gridIndex(id));
      double[] values = new double[coordinates[id].length];
      plan.params(id, values);
      assertArrayEquals(plan.combination(id).params(), values);
    }
    assertEquals(6, plan.grid(0).size());
    assertThrows(IllegalArgumentException.class, () -> plan.combination(6));
    assertThrows(IllegalArgumentException.class, () -> plan.coordinates(-1));
  }

  @Test
  void constraintsFilterTheGrid() {
    SweepPlan plan = SweepPlan.plan(spec(WIDE, GRID));
    // By hand: slow must be > fast and >= 2 * fast, slow in 10..100 by 10:
    // fast 5 -> 10 slows, 10 -> 9, 15 -> 8 (30..100), ..., 50 -> 1: 10 + 9 + ... + 1 = 55.
    assertEquals(55, plan.size());
    int brute = 0;
    for (int fast = 5; fast <= 50; fast += 5) {
      for (int slow = 10; slow <= 100; slow += 10) {
        if (fast < slow && slow >= 2 * fast) {
          brute++;
        }
      }
    }
    assertEquals(brute, plan.size());
    for (int id = 0; id < plan.size(); id++) {
      double[] p = plan.combination(id).params();
      assertTrue(p[0] < p[1] && p[1] >= 2 * p[0], plan.combination(id).toString());
    }
  }

  @Test
  void randomIsADeterministicSubsetOfTheGridInGridOrder() {
    SweepPlan grid = SweepPlan.plan(spec(WIDE + ", " + SMALL, GRID));
    SweepPlan a = SweepPlan.plan(spec(WIDE + ", " + SMALL, random(20, 7)));
    SweepPlan b = SweepPlan.plan(spec(WIDE + ", " + SMALL, random(20, 7)));
    SweepPlan c = SweepPlan.plan(spec(WIDE + ", " + SMALL, random(20, 8)));
    // 20 of 55, then all 4 and all 2 of the small strategies.
    assertEquals(20 + 4 + 2, a.size());
    assertEquals(params(a), params(b));
    assertNotEquals(params(a), params(c));
    Set<List<Double>> all = new HashSet<>(params(grid));
    Set<List<Double>> seen = new HashSet<>();
    for (int id = 0; id < a.size(); id++) {
      List<Double> p = key(a.combination(id));
      assertTrue(all.contains(p), p.toString());
      assertTrue(seen.add(p), "duplicate " + p);
      if (id > 0 && a.strategyOf(id) == a.strategyOf(id - 1)) {
        assertTrue(a.gridIndex(id) > a.gridIndex(id - 1), "grid order at " + id);
      }
    }
  }

  @Test
  void randomWithMoreSamplesThanPointsIsTheGrid() {
    assertEquals(
        params(SweepPlan.plan(spec(WIDE, GRID))),
        params(SweepPlan.plan(spec(WIDE, random(1000, 1)))));
  }

  /**
   * Selection sampling picks every subset with equal probability: drawing 2 of the 6 valid points
   * of a 3 x 3 sma-cross grid 15,000 times (fixed seeds), each of the 15 pairs should appear about
   * 1,000 times. Pearson's chi-square with 14 degrees of freedom exceeds 36.12 with probability
   * 0.001 under uniformity.
   */
  @Test
  void randomSamplesAreUniformOverSubsets() {
    StrategySpec s =
        spec(
                "{\"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"values\": [5, 10, 15]},"
                    + " \"slow\": {\"values\": [6, 11, 16]}}}",
                GRID)
            .strategies()
            .get(0);
    // Valid (fast < slow): (5,6) (5,11) (5,16) (10,11) (10,16) (15,16): grid indices 0,1,2,4,5,8.
    assertArrayEquals(new int[] {0, 1, 2, 4, 5, 8}, GridSearch.points(s));
    int draws = 15_000;
    int[] counts = new int[9 * 9];
    SplittableRandom seeds = new SplittableRandom(42);
    for (int i = 0; i < draws; i++) {
      int[] pair = RandomSearch.points(s, 2, new SplittableRandom(seeds.nextLong()));
      assertEquals(2, pair.length);
      assertTrue(pair[0] < pair[1]);
      counts[pair[0] * 9 + pair[1]]++;
    }
    double expected = draws / 15.0;
    double chi2 = 0;
    int nonEmpty = 0;
    for (int n : counts) {
      if (n > 0) {
        nonEmpty++;
        chi2 += (n - expected) * (n - expected) / expected;
      }
    }
    assertEquals(15, nonEmpty);
    assertTrue(chi2 < 36.12, "chi-square " + chi2);
  }

  @Test
  void aMillionCombinationPlanDecodesEveryIdFromItsGridIndex() {
    // bollinger-reversion, no constraints: period 2..500 (499 levels) x k 0.5..5 by 0.002
    // (2,251 levels) = 1,123,249 combinations held as one int each.
    SweepPlan plan =
        SweepPlan.plan(
            spec(
                "{\"strategy\": \"bollinger-reversion\", \"params\": {\"period\": {\"from\": 2,"
                    + " \"to\": 500, \"step\": 1}, \"k\": {\"from\": 0.5, \"to\": 5, \"step\":"
                    + " 0.002}}}",
                GRID));
    assertEquals(499 * 2251, plan.size());
    for (int id : new int[] {0, 1, 2250, 2251, 777_777, 499 * 2251 - 1}) {
      double[] p = plan.combination(id).params();
      assertEquals(2 + id / 2251, p[0]);
      // Level k of 0.5 + 0.002 * k, written out in decimal and parsed, as a user would type it.
      double k =
          new BigDecimal("0.5")
              .add(new BigDecimal("0.002").multiply(BigDecimal.valueOf(id % 2251)))
              .doubleValue();
      assertEquals(k, p[1]);
    }
  }

  private static String random(int samples, long seed) {
    return "{\"method\": \"random\", \"samples\": " + samples + ", \"seed\": " + seed + "}";
  }

  private static List<List<Double>> params(SweepPlan plan) {
    List<List<Double>> out = new ArrayList<>();
    for (int id = 0; id < plan.size(); id++) {
      out.add(key(plan.combination(id)));
    }
    return out;
  }

  /** The strategy index, then the parameter values. */
  private static List<Double> key(Combination c) {
    List<Double> out = new ArrayList<>();
    out.add((double) c.strategy());
    for (double v : c.params()) {
      out.add(v);
    }
    return out;
  }
}
