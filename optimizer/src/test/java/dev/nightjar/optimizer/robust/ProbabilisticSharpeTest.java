package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbabilisticSharpeTest {

  /** Φ(z) = (1 + erf(z/√2)) / 2, written out independently of the class under test. */
  private static double phi(double z) {
    return 0.5 * (1 + Erf.erf(z / Math.sqrt(2)));
  }

  /**
   * The formula by hand: z = (SR − SR*)·sqrt(n−1)/sqrt(1 − γ3·SR + (γ4−1)/4·SR²). Row 1, normal
   * returns: (0.1 − 0)·10/sqrt(1 + 0.5·0.01) = 0.997509. Row 2: 1 − (−1)(0.2) + (6−1)/4·0.04 =
   * 1.25, z = 0.15·sqrt(49)/sqrt(1.25) = 0.939149. Row 3: 1 − 0.5·0.3 + 0.5·0.09 = 0.895, z =
   * 0.3·sqrt(99)/sqrt(0.895) = 3.155203. (Products evaluated with Python's math module.)
   */
  @ParameterizedTest
  @CsvSource({
    "0.1, 0, 101, 0, 3, 0.997509336107632",
    "0.2, 0.05, 50, -1, 6, 0.939148550549912",
    "0.3, 0, 100, 0.5, 3, 3.15520320463989"
  })
  void matchesTheFormulaByHand(
      double sr, double benchmark, long n, double skew, double kurt, double z) {
    assertEquals(z, ProbabilisticSharpe.zScore(sr, benchmark, n, skew, kurt), 1e-12);
    assertEquals(phi(z), ProbabilisticSharpe.psr(sr, benchmark, n, skew, kurt), 1e-12);
  }

  @Test
  void isOneHalfAtTheBenchmark() {
    assertEquals(0.5, ProbabilisticSharpe.psr(0.12, 0.12, 500, -2, 9), 1e-15);
  }

  @Test
  void fromReturnsUsesTheirMoments() {
    double[] r = {0.01, -0.02, 0.03, 0.015, -0.005, 0.02, 0.0};
    Moments m = Moments.of(r);
    assertEquals(
        ProbabilisticSharpe.psr(m.sharpe(), 0.05, r.length, m.skewness(), m.kurtosis()),
        ProbabilisticSharpe.psr(r, 0.05),
        0);
  }

  /**
   * Calibration: for i.i.d. normal returns whose true Sharpe ratio equals the benchmark, PSR is a
   * p-value and so about uniform; PSR > 0.95 should happen in 5 % of samples. 4,000 seeded series
   * of 250 returns with true SR 0.1: expected 200 exceedances, binomial sd sqrt(4000·0.05·0.95) ≈
   * 13.8; accept ±4 sd.
   */
  @Test
  void isCalibratedUnderTheNull() {
    SplittableRandom random = new SplittableRandom(2012);
    int series = 4000;
    int exceed = 0;
    double[] r = new double[250];
    for (int s = 0; s < series; s++) {
      for (int t = 0; t < r.length; t++) {
        r[t] = 0.001 + 0.01 * random.nextGaussian();
      }
      if (ProbabilisticSharpe.psr(r, 0.1) > 0.95) {
        exceed++;
      }
    }
    double sd = Math.sqrt(series * 0.05 * 0.95);
    assertTrue(Math.abs(exceed - series * 0.05) < 4 * sd, "exceedances " + exceed);
  }

  @Test
  void rejectsImpossibleMomentsAndShortSeries() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ProbabilisticSharpe.psr(1.0, 0, 100, 2, 1));
    assertTrue(e.getMessage().contains("is kurtosis non-excess?"), e.getMessage());
    assertEquals(
        "n must be >= 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> ProbabilisticSharpe.psr(0.1, 0, 1, 0, 3))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ProbabilisticSharpe.psr(Double.NaN, 0, 10, 0, 3));
  }
}
