package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MomentsTest {

  /**
   * Hand computations. {1,2,3,4,5}: mean 3, M2 = 10, M3 = 0, M4 = 16+1+0+1+16 = 34, so stdev =
   * sqrt(10/4), g1 = 0, b2 = 5·34/10² = 1.7. {0,0,0,1} is a Bernoulli(p = 1/4) sample with exactly
   * the population frequencies: skewness (1−2p)/sqrt(pq) = 2/sqrt(3), kurtosis (1−3pq)/(pq) = 7/3,
   * stdev sqrt(M2/3) with M2 = 3·(1/16) + 9/16 = 3/4.
   */
  @ParameterizedTest
  @CsvSource({
    "1 2 3 4 5, 3, 1.5811388300841898, 0, 1.7",
    "0 0 0 1, 0.25, 0.5, 1.1547005383792515, 2.3333333333333333",
    "1000000001 1000000002 1000000003 1000000004 1000000005, 1000000003, 1.5811388300841898, 0, 1.7"
  })
  void workedExamples(String values, double mean, double stdev, double skew, double kurt) {
    Moments m = Moments.of(parse(values));
    assertEquals(mean, m.mean(), 1e-12 * Math.abs(mean));
    assertEquals(stdev, m.stdev(), 1e-7);
    assertEquals(skew, m.skewness(), 1e-7);
    assertEquals(kurt, m.kurtosis(), 1e-7);
  }

  /**
   * Commons Math reports the bias-corrected sample skewness G1 = g1·sqrt(n(n−1))/(n−2) and the
   * bias-corrected EXCESS kurtosis G2 = ((n+1)·g2 + 6)·(n−1)/((n−2)(n−3)) with g2 = b2 − 3 (see the
   * javadoc of org.apache.commons.math3.stat.descriptive.moment.Skewness and Kurtosis); these are
   * inverted here to compare with our population g1 and non-excess b2.
   */
  @Test
  void agreesWithCommonsMathAfterConvertingItsConventions() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n : new int[] {4, 10, 250, 5000}) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        // skewed, heavy-tailed: exp of a normal, shifted
        x[i] = Math.exp(random.nextGaussian()) - 1.2;
      }
      DescriptiveStatistics reference = new DescriptiveStatistics(x);
      double g1 = reference.getSkewness() * (n - 2) / Math.sqrt((double) n * (n - 1));
      double g2 = (reference.getKurtosis() * (n - 2) * (n - 3) / (n - 1) - 6) / (n + 1);
      Moments m = Moments.of(x);
      assertEquals(reference.getMean(), m.mean(), 1e-12);
      assertEquals(reference.getStandardDeviation(), m.stdev(), 1e-12);
      assertEquals(g1, m.skewness(), 1e-9);
      assertEquals(g2 + 3, m.kurtosis(), 1e-9);
    }
  }

  @Test
  void sharpeIsMeanOverSampleStdev() {
    // {0.01, 0.03}: mean 0.02, sample stdev sqrt(2·0.01²) = 0.01·sqrt(2)
    assertEquals(Math.sqrt(2), Moments.of(new double[] {0.01, 0.03}).sharpe(), 1e-12);
    assertEquals(0, Moments.of(new double[] {0, 0, 0}).sharpe());
    assertEquals(Double.POSITIVE_INFINITY, Moments.of(new double[] {1, 1}).sharpe());
  }

  @Test
  void rejectsTooFewOrNonFiniteValues() {
    assertEquals(
        "values.length must be >= 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> Moments.of(new double[] {1}))
            .getMessage());
    assertEquals(
        "values[1] must be finite, got NaN",
        assertThrows(IllegalArgumentException.class, () -> Moments.of(new double[] {1, Double.NaN}))
            .getMessage());
  }

  static double[] parse(String spaceSeparated) {
    String[] parts = spaceSeparated.trim().split("\\s+");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i]);
    }
    return out;
  }
}
