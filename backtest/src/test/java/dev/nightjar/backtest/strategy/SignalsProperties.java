package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nightjar.backtest.engine.SparseTargets;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link Signals} against the crossing rule written out bar by bar. */
class SignalsProperties {

  /**
   * Lines on a coarse grid (so ties — touching, not crossing — are frequent) with NaN, infinities,
   * signed zeros and subnormals: each sparse crossing form, expanded, equals the rule written out:
   * +1 where a[i−1] &lt; up[i−1] and a[i] &gt; up[i], else −1 where a[i−1] &gt; down[i−1] and a[i]
   * &lt; down[i], else NaN; bar 0 NaN. Scanned whole and in random blocks appended one after
   * another: the same entries.
   */
  @Property(tries = 300)
  void crossingsFollowTheRuleBarByBar(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] a = line(rnd, n);
    double[] up = line(rnd, n);
    double[] down = rnd.nextBoolean() ? up : line(rnd, n);
    double lo = rnd.nextInt(5);
    double hi = rnd.nextInt(5);

    double[] expected = new double[n];
    double[] expectedLevels = new double[n];
    expected[0] = Double.NaN;
    expectedLevels[0] = Double.NaN;
    for (int i = 1; i < n; i++) {
      expected[i] = rule(a[i - 1], a[i], up[i - 1], up[i], down[i - 1], down[i]);
      expectedLevels[i] = rule(a[i - 1], a[i], lo, lo, hi, hi);
    }

    int[] cuts = cuts(rnd, n);
    SparseTargets sparse = new SparseTargets();
    SparseTargets blocks = new SparseTargets();
    double[] actual = new double[n];
    Signals.crossings(a, up, down, 0, n, sparse);
    sparse.writeTo(actual);
    assertArrayEquals(expected, actual);
    for (int b = 0; b + 1 < cuts.length; b++) {
      Signals.crossings(a, up, down, cuts[b], cuts[b + 1], blocks);
    }
    blocks.writeTo(actual);
    assertArrayEquals(expected, actual, "in blocks");

    sparse.clear();
    blocks.clear();
    Signals.crossings(a, lo, hi, 0, n, sparse);
    sparse.writeTo(actual);
    assertArrayEquals(expectedLevels, actual);
    for (int b = 0; b + 1 < cuts.length; b++) {
      Signals.crossings(a, lo, hi, cuts[b], cuts[b + 1], blocks);
    }
    blocks.writeTo(actual);
    assertArrayEquals(expectedLevels, actual, "levels in blocks");
  }

  /** 0 = c₀ ≤ c₁ ≤ … ≤ c_k = n: random block boundaries, empty blocks included. */
  static int[] cuts(SplittableRandom rnd, int n) {
    int k = 1 + rnd.nextInt(6);
    int[] c = new int[k + 1];
    for (int j = 1; j < k; j++) {
      c[j] = rnd.nextInt(n + 1);
    }
    c[k] = n;
    java.util.Arrays.sort(c);
    return c;
  }

  /**
   * Every built-in strategy's sparse targets are the non-NaN entries of its dense targets, and the
   * long-only rewrite of either form agrees.
   */
  @Property(tries = 60)
  void sparseTargetsAreTheDenseTargetsNonNanEntries(
      @ForAll @IntRange(min = 0, max = 6) int strategyIndex, @ForAll long seed) {
    Strategy s = java.util.List.copyOf(Strategies.all().values()).get(strategyIndex);
    double[] p = StrategyProperties.params(s, seed);
    FeatureCache f = new FeatureCache(StrategyProperties.MARKET);
    for (Direction d : Direction.values()) {
      double[] dense = s.targets(f, p, d);
      SparseTargets sparse = new SparseTargets();
      sparse.add(0, 5); // stale entries must be replaced
      s.sparseTargets(f, p, sparse);
      d.apply(sparse);
      double[] expanded = new double[dense.length];
      sparse.writeTo(expanded);
      assertArrayEquals(dense, expanded, s.name() + " " + d);
    }
  }

  private static double rule(double a0, double a1, double u0, double u1, double d0, double d1) {
    if (a0 < u0 && a1 > u1) {
      return 1;
    }
    if (a0 > d0 && a1 < d1) {
      return -1;
    }
    return Double.NaN;
  }

  /** Mostly integers 0..4 (frequent ties); sometimes NaN, ±∞, ±0 or subnormals. */
  private static double[] line(SplittableRandom rnd, int n) {
    double[] special = {
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      0.0,
      -0.0,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      2 * Double.MIN_VALUE,
      Double.MIN_NORMAL
    };
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextInt(8) == 0 ? special[rnd.nextInt(special.length)] : rnd.nextInt(5);
    }
    return x;
  }
}
