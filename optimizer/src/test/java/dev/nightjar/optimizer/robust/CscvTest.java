package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CscvTest {
  private static final double SQRT2 = Math.sqrt(2);

  /**
   * Hand example, S = 2 blocks of 2 periods, N = 2 combinations. A = {.03, .01 | −.01, −.03} wins
   * the first half and loses the second; B = {0, .02 | .01, −.01} is mediocre in both. Sharpe
   * ratios (mean / sample stdev, every half has stdev .01·√2): A: √2 then −√2; B: 1/√2 then 0.
   *
   * <ul>
   *   <li>IS = block 0: A is best (√2 > 1/√2); OOS A = −√2 < B = 0, rank 1 of 2, ω = 1/3, λ =
   *       ln(1/2);
   *   <li>IS = block 1: B is best (0 > −√2); OOS B = 1/√2 < A = √2, rank 1, λ = ln(1/2).
   * </ul>
   *
   * PBO = 2/2 = 1. Selected (IS, OOS) pairs: (√2, −√2) and (0, 1/√2), so the degradation line has
   * slope (1/√2 + √2)/(0 − √2) = −1.5 and intercept 1/√2; one of two OOS results is a loss.
   */
  @Test
  void handExampleIsFullyOverfit() {
    double[][] returns = {{.03, .01, -.01, -.03}, {0, .02, .01, -.01}};
    PboResult r = Cscv.run(returns, 2, PerformanceFunction.SHARPE);
    assertEquals(1, r.pbo());
    assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.5)}, r.logits(), 1e-12);
    assertArrayEquals(new double[] {SQRT2, 0}, r.inSample(), 1e-12);
    assertArrayEquals(new double[] {-SQRT2, 1 / SQRT2}, r.outOfSample(), 1e-12);
    assertEquals(-1.5, r.degradationSlope(), 1e-12);
    assertEquals(1 / SQRT2, r.degradationIntercept(), 1e-12);
    assertEquals(0.5, r.probabilityOfLoss());
    // λ range for N = 2 is [−ln 2, ln 2]; both logits sit at the lower edge
    assertArrayEquals(new int[] {2, 0}, r.logitHistogram(2));
  }

  /**
   * The same data ranked by mean return: block means A .02 then −.02, B .01 then 0. IS block 0
   * picks A, OOS −.02 < 0 (rank 1); IS block 1 picks B, OOS .01 < .02 (rank 1). PBO 1; pairs (.02,
   * −.02) and (0, .01): slope (.01 + .02)/(0 − .02) = −1.5, intercept .01.
   */
  @Test
  void performanceFunctionIsPluggable() {
    double[][] returns = {{.03, .01, -.01, -.03}, {0, .02, .01, -.01}};
    PboResult r = Cscv.run(returns, 2, PerformanceFunction.MEAN);
    assertEquals(1, r.pbo());
    assertArrayEquals(new double[] {.02, 0}, r.inSample(), 1e-15);
    assertArrayEquals(new double[] {-.02, .01}, r.outOfSample(), 1e-15);
    assertEquals(-1.5, r.degradationSlope(), 1e-12);
    assertEquals(.01, r.degradationIntercept(), 1e-12);
  }

  /**
   * Identical combinations tie everywhere: the first is selected in-sample, and out-of-sample it
   * holds the mid-rank (N + 1)/2, so ω = 1/2 and λ = 0, which counts as overfit (λ ≤ 0).
   */
  @Test
  void tiesTakeTheMidRank() {
    double[] series = {.01, -.02, .03, .00, .01, .02, -.01, .04};
    PboResult r = Cscv.run(new double[][] {series, series, series}, 4, PerformanceFunction.SHARPE);
    assertEquals(6, r.logits().length); // C(4, 2)
    assertArrayEquals(new double[6], r.logits(), 1e-12);
    assertEquals(1, r.pbo());
  }

  /**
   * Under pure noise the selected combination's OOS rank is uniform on 1..N (its OOS returns are
   * independent of the IS selection and combinations are exchangeable), so E[PBO] = P(rank ≤ (N +
   * 1)/2) = 5/9 for N = 9 (rank 5 gives ω = 1/2, λ = 0). A strict λ < 0 would give 4/9. Mean of 400
   * seeded data sets; a single data set's PBO has sd ≈ 0.23 (measured), so the mean's sd is ≈
   * 0.012; accept ±0.05.
   */
  @Test
  void noiseHasTheExactNullExpectation() {
    SplittableRandom random = new SplittableRandom(17);
    int sets = 400;
    double sum = 0;
    for (int s = 0; s < sets; s++) {
      sum += Cscv.run(CscvProperties.noise(random, 9, 160), 8, PerformanceFunction.SHARPE).pbo();
    }
    assertEquals(5.0 / 9, sum / sets, 0.05);
  }

  @Test
  void splitCountIsTheBinomialCoefficient() {
    PboResult r = Cscv.run(CscvProperties.noise(new SplittableRandom(1), 3, 40));
    assertEquals(12_870, r.logits().length);
    assertEquals(Cscv.DEFAULT_BLOCKS, r.blocks());
    assertEquals(3, r.combinations());
    int total = 0;
    for (int c : r.logitHistogram(7)) {
      total += c;
    }
    assertEquals(12_870, total);
  }

  @Test
  void rejectsBadShapes() {
    double[][] ok = CscvProperties.noise(new SplittableRandom(1), 3, 16);
    assertEquals(
        "blocks must be even and in [2, 20], got 5",
        assertThrows(
                IllegalArgumentException.class, () -> Cscv.run(ok, 5, PerformanceFunction.SHARPE))
            .getMessage());
    assertEquals(
        "need at least 2 periods per block: periods 16 < 2 * blocks 20",
        assertThrows(
                IllegalArgumentException.class, () -> Cscv.run(ok, 10, PerformanceFunction.SHARPE))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Cscv.run(new double[][] {ok[0], new double[15]}, 2, PerformanceFunction.SHARPE));
    assertThrows(
        IllegalArgumentException.class,
        () -> Cscv.run(new double[][] {ok[0]}, 2, PerformanceFunction.SHARPE));
    ok[1][3] = Double.NaN;
    assertEquals(
        "returns[1][3] must be finite, got NaN",
        assertThrows(
                IllegalArgumentException.class, () -> Cscv.run(ok, 2, PerformanceFunction.SHARPE))
            .getMessage());
  }
}
