package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeflatedSharpeTest {

  /**
   * Numerical example of Bailey and López de Prado (2014), "The Deflated Sharpe Ratio", J. of
   * Portfolio Management 40(5) (https://www.davidhbailey.com/dhbpapers/deflated-sharpe.pdf, also
   * SSRN 2460551): annualized SR 2.5 over 5 years of daily returns (T = 1250), N = 100 trials whose
   * annualized Sharpe ratios have variance 1/2, skewness −3, kurtosis 10 (non-excess). The paper
   * works in daily units, SR = 2.5/√250 and V = 0.5/250, and reports SR0 ≈ 0.1132 and DSR ≈ 0.9004.
   *
   * <p>Re-derived by hand (Python's statistics.NormalDist): Φ⁻¹(0.99) = 2.326348, Φ⁻¹(1 − 1/(100e))
   * = 2.680210, so SR0 = 0.0447214·(0.4227843·2.326348 + 0.5772157·2.680210) = 0.0447214·2.530603 =
   * 0.113172; z = (0.158114 − 0.113172)·sqrt(1249) / sqrt(1 + 3·0.158114 + 9/4·0.025) = 1.283816;
   * Φ(z) = 0.900397. The 250-day year matters: with 252 the DSR is 0.8996.
   */
  @Test
  void reproducesThePapersNumericalExample() {
    double sharpe = 2.5 / Math.sqrt(250);
    double variance = 0.5 / 250;
    assertEquals(0.1132, DeflatedSharpe.expectedMaxSharpe(100, variance), 5e-5);
    assertEquals(0.9004, DeflatedSharpe.dsr(sharpe, 1250, -3, 10, 100, variance), 1e-4);
  }

  /**
   * SR0 / sqrt(V) approximates the expected maximum of N independent standard normals. Checked
   * against a seeded Monte Carlo estimate of that expectation (4,000 draws of the maximum; its
   * standard error is under 0.01); the paper's approximation is within a few percent.
   */
  @ParameterizedTest
  @CsvSource({"10, 0.03", "100, 0.015", "1000, 0.01"})
  void approximatesTheExpectedMaximumOfNormals(int trials, double relativeTolerance) {
    SplittableRandom random = new SplittableRandom(trials);
    int draws = 4000;
    double sum = 0;
    for (int d = 0; d < draws; d++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < trials; i++) {
        max = Math.max(max, random.nextGaussian());
      }
      sum += max;
    }
    double simulated = sum / draws;
    double formula = DeflatedSharpe.expectedMaxSharpe(trials, 1);
    assertEquals(simulated, formula, relativeTolerance * simulated);
  }

  @Test
  void aSingleTrialIsNotDeflated() {
    assertEquals(0, DeflatedSharpe.expectedMaxSharpe(1, 0.3));
    assertEquals(
        ProbabilisticSharpe.psr(0.1, 0, 300, -0.5, 5),
        DeflatedSharpe.dsr(0.1, 300, -0.5, 5, 1, 0.3),
        0);
  }

  /**
   * Selection bias: the best of 1,000 pure-noise strategies (i.i.d. normal, true Sharpe 0, 1,250
   * periods) looks significant to a naive PSR(0) — its Sharpe ratio is near the expected maximum of
   * 1,000 normals, about 3.2 standard errors — but not to the DSR, which benchmarks it against
   * exactly that maximum. The DSR would reach 0.95 only if the best noise Sharpe exceeded the
   * expected maximum by 1.645 standard errors, which for 1,000 normals happens with probability
   * below 0.1 %.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void bestOfManyNoiseStrategiesIsNotSignificant(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int trials = 1000;
    double[] sharpes = new double[trials];
    double[] best = null;
    double[] r = new double[1250];
    for (int k = 0; k < trials; k++) {
      for (int t = 0; t < r.length; t++) {
        r[t] = 0.01 * random.nextGaussian();
      }
      sharpes[k] = Moments.of(r).sharpe();
      if (best == null || sharpes[k] > Moments.of(best).sharpe()) {
        best = r.clone();
      }
    }
    double naive = ProbabilisticSharpe.psr(best, 0);
    double deflated = DeflatedSharpe.dsr(best, sharpes);
    assertTrue(naive > 0.95, "naive PSR(0) " + naive);
    assertTrue(deflated < 0.95, "DSR " + deflated);
  }

  /**
   * Power: a strategy with true per-period Sharpe 0.2 (about 3.2 annualized for daily data) over
   * 1,250 periods, selected from 1,000 trials whose other 999 are noise, stays significant: its
   * Sharpe exceeds SR0 ≈ 0.09 by about 3.8 standard errors.
   */
  @Test
  void genuineSkillSurvivesDeflation() {
    SplittableRandom random = new SplittableRandom(99);
    int trials = 1000;
    double[] sharpes = new double[trials];
    double[] r = new double[1250];
    for (int k = 1; k < trials; k++) {
      for (int t = 0; t < r.length; t++) {
        r[t] = 0.01 * random.nextGaussian();
      }
      sharpes[k] = Moments.of(r).sharpe();
    }
    for (int t = 0; t < r.length; t++) {
      r[t] = 0.002 + 0.01 * random.nextGaussian();
    }
    sharpes[0] = Moments.of(r).sharpe();
    assertTrue(DeflatedSharpe.dsr(r, sharpes) > 0.95, "DSR " + DeflatedSharpe.dsr(r, sharpes));
  }
}
