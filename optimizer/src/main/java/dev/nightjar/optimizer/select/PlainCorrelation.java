package dev.nightjar.optimizer.select;

/**
 * {@link CorrelationMatrix} in plain Java: standardize, then the upper triangle of {@code Z·Zᵀ} by
 * dot products, four rows of j at a time so that each pass over {@code z_i} feeds four independent
 * accumulators. {@code O(N²·T/2)} multiply-adds on one thread, no allocation beyond Z and the
 * result.
 */
public final class PlainCorrelation implements CorrelationMatrix {
  @Override
  public double[][] compute(double[][] series) {
    int t = CorrelationMatrix.checkSeries(series);
    int n = series.length;
    double[] z = CorrelationMatrix.standardize(series, t);
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      int a = i * t;
      int j = i;
      for (; j + 3 < n; j += 4) {
        int b0 = j * t;
        int b1 = b0 + t;
        int b2 = b1 + t;
        int b3 = b2 + t;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int k = 0; k < t; k++) {
          double x = z[a + k];
          s0 += x * z[b0 + k];
          s1 += x * z[b1 + k];
          s2 += x * z[b2 + k];
          s3 += x * z[b3 + k];
        }
        set(c, i, j, s0);
        set(c, i, j + 1, s1);
        set(c, i, j + 2, s2);
        set(c, i, j + 3, s3);
      }
      for (; j < n; j++) {
        int b = j * t;
        double s = 0;
        for (int k = 0; k < t; k++) {
          s += z[a + k] * z[b + k];
        }
        set(c, i, j, s);
      }
    }
    return c;
  }

  private static void set(double[][] c, int i, int j, double value) {
    c[i][j] = value;
    c[j][i] = value;
  }
}
