package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.optimizer.robust.BlockBootstrap.Scheme;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BlockBootstrapTest {
  private static final double[] TRADES = {
    0.05, -0.02, 0.03, -0.04, 0.01, 0.02, -0.03, 0.06, -0.01, 0.00, 0.04, -0.05, 0.02, 0.01, -0.02,
    0.03
  };

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void isDeterministicForASeed(Scheme scheme) {
    BootstrapResult a = new BlockBootstrap(scheme, 4, 200, 42).run(TRADES);
    BootstrapResult b = new BlockBootstrap(scheme, 4, 200, 42).run(TRADES);
    BootstrapResult c = new BlockBootstrap(scheme, 4, 200, 43).run(TRADES);
    assertArrayEquals(a.maxDrawdowns(), b.maxDrawdowns(), 0);
    assertArrayEquals(a.finalReturns(), b.finalReturns(), 0);
    assertFalse(Arrays.equals(a.finalReturns(), c.finalReturns()));
  }

  /**
   * Constant trades make every resample identical: final return (1 + r)^n − 1; the drawdown is 0
   * for gains and, for losses, the whole slide from the initial equity 1, 1 − (1 + r)^n.
   */
  @ParameterizedTest
  @CsvSource({"0.01, 0", "-0.01, 0.0956179249911955", "-1, 1"})
  void constantTradesGiveClosedForms(double r, double drawdown) {
    double[] trades = new double[10];
    Arrays.fill(trades, r);
    BootstrapResult result = new BlockBootstrap(Scheme.STATIONARY, 3, 50, 1).run(trades);
    for (int b = 0; b < 50; b++) {
      assertEquals(Math.pow(1 + r, 10) - 1, result.finalReturns()[b], 1e-12);
      assertEquals(drawdown, result.maxDrawdowns()[b], 1e-12);
    }
  }

  /**
   * Fixed blocks as long as the series make each resample a rotation of it (circular blocks): the
   * final return is the product over all trades whatever the rotation, and the drawdown is one of
   * the n rotations' drawdowns, computed here by brute force over all pairs of times.
   */
  @Test
  void fullLengthFixedBlocksAreRotations() {
    int n = TRADES.length;
    double product = 1;
    for (double r : TRADES) {
      product *= 1 + r;
    }
    double[] rotationDrawdowns = new double[n];
    for (int start = 0; start < n; start++) {
      double[] equity = new double[n + 1];
      equity[0] = 1;
      for (int i = 0; i < n; i++) {
        equity[i + 1] = equity[i] * (1 + TRADES[(start + i) % n]);
      }
      double worst = 0;
      for (int i = 0; i <= n; i++) {
        for (int j = i; j <= n; j++) {
          worst = Math.max(worst, 1 - equity[j] / equity[i]);
        }
      }
      rotationDrawdowns[start] = worst;
    }
    BootstrapResult result = new BlockBootstrap(Scheme.FIXED, n, 100, 5).run(TRADES);
    for (int b = 0; b < 100; b++) {
      assertEquals(product - 1, result.finalReturns()[b], 1e-12);
      double dd = result.maxDrawdowns()[b];
      assertTrue(
          Arrays.stream(rotationDrawdowns).anyMatch(x -> Math.abs(x - dd) < 1e-12),
          "drawdown " + dd + " is no rotation's");
    }
  }

  /**
   * Every drawn trade is marginally uniform over the series (circular blocks start uniformly and
   * continue uniformly), so E[ln(1 + final return)] = n · mean(ln(1 + r)) for both schemes. Mean of
   * 4,000 resamples against that value, ±4 standard errors of the mean.
   */
  @ParameterizedTest
  @EnumSource(Scheme.class)
  void expectedLogGrowthIsPreserved(Scheme scheme) {
    double expected = 0;
    for (double r : TRADES) {
      expected += Math.log1p(r);
    }
    int resamples = 4000;
    BootstrapResult result = new BlockBootstrap(scheme, 4, resamples, 11).run(TRADES);
    double[] logGrowth = Arrays.stream(result.finalReturns()).map(Math::log1p).toArray();
    double mean = Arrays.stream(logGrowth).average().orElseThrow();
    double sd =
        Math.sqrt(
            Arrays.stream(logGrowth).map(x -> (x - mean) * (x - mean)).sum() / (resamples - 1));
    assertEquals(expected, mean, 4 * sd / Math.sqrt(resamples));
  }

  /** Fixed blocks: every index not at a block start continues its predecessor circularly. */
  @Test
  void fixedBlocksAreRunsOfConsecutiveTrades() {
    int n = 18;
    int length = 4;
    BlockBootstrap bootstrap = new BlockBootstrap(Scheme.FIXED, length, 1, 0);
    SplittableRandom random = new SplittableRandom(4);
    int[] positions = new int[n];
    for (int b = 0; b < 50; b++) {
      bootstrap.draw(random, positions);
      for (int i = 1; i < n; i++) {
        if (i % length != 0) {
          assertEquals((positions[i - 1] + 1) % n, positions[i], "i = " + i);
        }
      }
    }
  }

  /**
   * Stationary blocks: after each trade a new block starts with probability 1/L, and a new block
   * continues the old one by chance with probability 1/n, so the share of consecutive draws is (1 −
   * 1/L) + 1/(L·n) = 0.8002 for L = 5, n = 1000. Over 200 × 999 transitions its sd is 0.0009;
   * accept ±0.005. (This pins the mean block length L: a geometric length with mean L.)
   */
  @Test
  void stationaryBlocksHaveGeometricLengthsWithMeanL() {
    int n = 1000;
    BlockBootstrap bootstrap = new BlockBootstrap(Scheme.STATIONARY, 5, 1, 0);
    SplittableRandom random = new SplittableRandom(6);
    int[] positions = new int[n];
    int continued = 0;
    int transitions = 0;
    for (int b = 0; b < 200; b++) {
      bootstrap.draw(random, positions);
      for (int i = 1; i < n; i++) {
        continued += positions[i] == (positions[i - 1] + 1) % n ? 1 : 0;
        transitions++;
      }
    }
    assertEquals(0.8 + 1.0 / (5 * n), (double) continued / transitions, 0.005);
  }

  @Test
  void quantilesMatchCommonsMathTypeSeven() {
    double[] x = new SplittableRandom(3).doubles(101, -1, 1).toArray();
    Percentile reference = new Percentile().withEstimationType(EstimationType.R_7);
    for (double p : new double[] {0.01, 0.05, 0.5, 0.95, 0.999, 1}) {
      assertEquals(reference.evaluate(x, p * 100), BootstrapResult.quantile(x, p), 1e-15);
    }
    // Commons Math takes p in (0, 100]; Q(0) is the minimum by definition
    assertEquals(Arrays.stream(x).min().orElseThrow(), BootstrapResult.quantile(x, 0));
  }

  @Test
  void worstCasesAreTheFivePercentTails() {
    BootstrapResult r = BlockBootstrap.stationary(TRADES.length, 8).run(TRADES);
    assertEquals(BlockBootstrap.DEFAULT_RESAMPLES, r.finalReturns().length);
    assertEquals(r.maxDrawdownQuantile(0.95), r.worstMaxDrawdown());
    assertEquals(r.finalReturnQuantile(0.05), r.worstFinalReturn());
    assertTrue(r.worstFinalReturn() < r.finalReturnQuantile(0.5));
    assertTrue(r.worstMaxDrawdown() > r.maxDrawdownQuantile(0.5));
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 1", "3, 2", "16, 4", "1000, 32"})
  void defaultBlockLengthIsRoundedSquareRoot(int trades, int length) {
    assertEquals(length, BlockBootstrap.defaultBlockLength(trades));
  }

  @Test
  void rejectsBadInput() {
    BlockBootstrap bootstrap = new BlockBootstrap(Scheme.FIXED, 3, 10, 0);
    assertEquals(
        "tradeReturns[1] must be finite and >= -1.0, got -1.5",
        assertThrows(IllegalArgumentException.class, () -> bootstrap.run(new double[] {0, -1.5, 0}))
            .getMessage());
    assertEquals(
        "tradeReturns.length must be >= blockLength 3, got 2",
        assertThrows(IllegalArgumentException.class, () -> bootstrap.run(new double[2]))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new BlockBootstrap(Scheme.FIXED, 0, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> BootstrapResult.quantile(TRADES, 1.5));
  }
}
