package dev.nightjar.optimizer.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrelationMatrixTest {
  /**
   * Correlated returns: a common factor plus idiosyncratic noise with a different loading per
   * series, so the matrix has entries across (−1, 1) and not only near 0.
   */
  static double[][] returns(long seed, int n, int t) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] factor = new double[t];
    for (int k = 0; k < t; k++) {
      factor[k] = gaussian(random) * 0.01;
    }
    double[][] x = new double[n][t];
    for (int i = 0; i < n; i++) {
      double loading = random.nextDouble(-2, 2);
      for (int k = 0; k < t; k++) {
        x[i][k] = loading * factor[k] + gaussian(random) * 0.01 + 0.0005;
      }
    }
    return x;
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** Commons Math wants observations in rows and variables in columns: the transpose. */
  static double[][] commonsMath(double[][] series) {
    double[][] columns = new double[series[0].length][series.length];
    for (int i = 0; i < series.length; i++) {
      for (int k = 0; k < series[0].length; k++) {
        columns[k][i] = series[i][k];
      }
    }
    return new PearsonsCorrelation(columns).getCorrelationMatrix().getData();
  }

  static void assertMatrixEquals(double[][] expected, double[][] actual, double tolerance) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < expected.length; j++) {
        assertEquals(expected[i][j], actual[i][j], tolerance, "entry " + i + "," + j);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1, 2, 5", "2, 7, 30", "3, 40, 365"})
  void plainMatchesCommonsMath(long seed, int n, int t) {
    double[][] x = returns(seed, n, t);
    assertMatrixEquals(commonsMath(x), new PlainCorrelation().compute(x), 1e-12);
  }

  @ParameterizedTest
  @CsvSource({"4, 3, 10", "5, 33, 365", "6, 200, 365"})
  void nd4jMatchesPlainAndCommonsMath(long seed, int n, int t) {
    double[][] x = returns(seed, n, t);
    double[][] nd4j = Correlations.nd4j().compute(x);
    assertMatrixEquals(new PlainCorrelation().compute(x), nd4j, 1e-9);
    assertMatrixEquals(commonsMath(x), nd4j, 1e-9);
  }

  /** Hand example: y = 2x + 1 correlates +1 with x, −y correlates −1. */
  @Test
  void exactLinearRelations() {
    double[][] x = {{1, 2, 4, 8}, {3, 5, 9, 17}, {-3, -5, -9, -17}};
    double[][] c = new PlainCorrelation().compute(x);
    assertEquals(1, c[0][1], 1e-15);
    assertEquals(-1, c[0][2], 1e-15);
    assertEquals(-1, c[1][2], 1e-15);
    assertEquals(1, c[2][2], 1e-15);
  }

  @Test
  void constantSeriesHaveNoCorrelation() {
    double[][] c = new PlainCorrelation().compute(new double[][] {{0, 0, 0}, {1, 2, 3}});
    assertTrue(Double.isNaN(c[0][1]) && Double.isNaN(c[1][0]) && Double.isNaN(c[0][0]));
    assertEquals(1, c[1][1], 1e-15);
  }

  @Test
  void rejectsBadShapes() {
    PlainCorrelation plain = new PlainCorrelation();
    assertThrows(IllegalArgumentException.class, () -> plain.compute(new double[0][]));
    assertThrows(IllegalArgumentException.class, () -> plain.compute(new double[][] {{1}}));
    assertThrows(
        IllegalArgumentException.class, () -> plain.compute(new double[][] {{1, 2}, {1, 2, 3}}));
    assertThrows(
        IllegalArgumentException.class, () -> plain.compute(new double[][] {{1, Double.NaN}}));
  }

  /** The threshold sits between the two measured shapes (bench/RESULTS.md). */
  @Test
  void shapesPickTheMeasuredWinner() {
    assertTrue(Correlations.forShape(200, 365) instanceof PlainCorrelation);
    assertTrue(Correlations.forShape(1000, 8760) instanceof PlainCorrelation);
    assertTrue(Correlations.forShape(2000, 8760) instanceof Nd4jCorrelation);
  }
}
