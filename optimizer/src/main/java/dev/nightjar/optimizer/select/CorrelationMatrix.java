package dev.nightjar.optimizer.select;

/**
 * Pearson correlation matrix of N return series of equal length T, the one piece of matrix work in
 * the optimizer. With each series centred and scaled to unit length, {@code z_i = (x_i − mean_i) /
 * ||x_i − mean_i||}, the matrix is the Gram product {@code C = Z·Zᵀ}, {@code C[i][j] = Σ_t z_i[t]
 * z_j[t]}, symmetric with a unit diagonal. A constant series has no defined correlation: its row
 * and column are NaN (the diagonal too).
 *
 * <p>Two implementations that agree to 1e-9: {@link PlainCorrelation} (Java loops) and an ND4J one
 * (BLAS {@code dgemm}); {@link Correlations#forShape} picks by size, as measured in {@code
 * bench/RESULTS.md}.
 */
public interface CorrelationMatrix {
  /**
   * The N×N correlation matrix.
   *
   * @param series {@code series[i][t]}: series i's value in period t; at least one series, all of
   *     length {@code T >= 2}, all values finite
   * @return a new {@code N×N} array, {@code result[i][j] == result[j][i]}
   * @throws IllegalArgumentException on ragged, short or non-finite input
   */
  double[][] compute(double[][] series);

  /** Checks the shape and values described in {@link #compute}; returns T. */
  static int checkSeries(double[][] series) {
    if (series == null || series.length == 0) {
      throw new IllegalArgumentException("series must hold at least one series");
    }
    int t = series[0] == null ? 0 : series[0].length;
    if (t < 2) {
      throw new IllegalArgumentException("series must have length >= 2, got " + t);
    }
    for (int i = 0; i < series.length; i++) {
      if (series[i] == null || series[i].length != t) {
        throw new IllegalArgumentException(
            "series["
                + i
                + "].length must be "
                + t
                + ", got "
                + (series[i] == null ? "null" : series[i].length));
      }
      for (int k = 0; k < t; k++) {
        if (!Double.isFinite(series[i][k])) {
          throw new IllegalArgumentException(
              "series[" + i + "][" + k + "] must be finite, got " + series[i][k]);
        }
      }
    }
    return t;
  }

  /**
   * {@code z_i} of every series into a row-major {@code N×T} array ({@code out[i·T + t]}); a
   * constant series becomes all NaN.
   */
  static double[] standardize(double[][] series, int t) {
    double[] z = new double[series.length * t];
    for (int i = 0; i < series.length; i++) {
      double[] x = series[i];
      double mean = 0;
      for (double v : x) {
        mean += v;
      }
      mean /= t;
      double ss = 0;
      for (double v : x) {
        ss += (v - mean) * (v - mean);
      }
      double scale = ss > 0 ? 1 / Math.sqrt(ss) : Double.NaN;
      for (int k = 0; k < t; k++) {
        z[i * t + k] = (x[k] - mean) * scale;
      }
    }
    return z;
  }
}
