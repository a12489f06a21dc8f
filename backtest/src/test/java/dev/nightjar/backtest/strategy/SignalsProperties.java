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

  /**
   * Crossings over one line (moving-average cross, scanned by runs) on lines that stay apart for
   * long (two random walks, some with NaN warm-ups, flat stretches and touches), on plateaus that
   * touch exactly at single bars, and on the coarse lines above: scanned whole and in random cuts,
   * they are the bar-by-bar rule's entries.
   */
  @Property(tries = 300)
  void oneLineScannerFollowsTheRule(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] a;
    double[] b;
    int kind = rnd.nextInt(4);
    if (kind == 0) {
      a = line(rnd, n);
      b = line(rnd, n);
    } else if (kind == 1) {
      a = new double[n];
      b = new double[n];
      plateaus(rnd, a, b);
    } else {
      a = walk(rnd, n);
      b = walk(rnd, n);
    }
    double[] expected = new double[n];
    expected[0] = Double.NaN;
    for (int i = 1; i < n; i++) {
      expected[i] = rule(a[i - 1], a[i], b[i - 1], b[i], b[i - 1], b[i]);
    }
    TargetScanner.Rule scanner = (from, to, out) -> Signals.crossings(a, b, b, from, to, out);
    SparseTargets whole = new SparseTargets();
    scanner.append(0, n, whole);
    double[] actual = new double[n];
    whole.writeTo(actual);
    assertArrayEquals(expected, actual);
    int[] cuts = cuts(rnd, n);
    SparseTargets blocks = new SparseTargets();
    for (int k = 0; k + 1 < cuts.length; k++) {
      scanner.append(cuts[k], cuts[k + 1], blocks);
    }
    blocks.writeTo(actual);
    assertArrayEquals(expected, actual, "in blocks");
  }

  /**
   * A random walk that wanders slowly (so two of them stay apart for hundreds of bars), with NaN
   * warm-up bars at the start, flat stretches, and some values rounded so that touches occur.
   */
  private static double[] walk(SplittableRandom rnd, int n) {
    double[] x = new double[n];
    double v = rnd.nextDouble() * 10;
    int warmUp = rnd.nextInt(4) == 0 ? rnd.nextInt(Math.min(n, 200) + 1) : 0;
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(5) != 0) {
        v += (rnd.nextDouble() - 0.5) * 0.2;
      }
      x[i] = i < warmUp ? Double.NaN : rnd.nextInt(10) == 0 ? Math.rint(v) : v;
    }
    return x;
  }

  /**
   * Two levels 1 and 2 that swap sides now and then, and touch at 1.5 on single bars, after which
   * they often part the other way: touching and leaving is no crossing, and a run must end at the
   * touch.
   */
  private static void plateaus(SplittableRandom rnd, double[] a, double[] b) {
    boolean below = rnd.nextBoolean();
    for (int i = 0; i < a.length; i++) {
      if (rnd.nextInt(300) == 0) {
        below = !below;
      }
      boolean touch = rnd.nextInt(150) == 0;
      a[i] = touch ? 1.5 : below ? 1 : 2;
      b[i] = touch ? 1.5 : below ? 2 : 1;
      if (touch && rnd.nextBoolean()) {
        below = !below; // the lines part on the other side: touching then leaving is no crossing
      }
    }
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
