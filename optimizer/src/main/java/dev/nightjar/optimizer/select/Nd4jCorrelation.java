package dev.nightjar.optimizer.select;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link CorrelationMatrix} with ND4J: the standardized {@code N×T} matrix Z goes to native memory
 * once and {@code Z·Zᵀ} is one BLAS {@code dgemm} (OpenBLAS, all cores). The only class that names
 * ND4J types; {@link Correlations} loads it by name, so ND4J's start-up (about 4 s on first use) is
 * paid only by runs that pick it.
 */
public final class Nd4jCorrelation implements CorrelationMatrix {
  @Override
  public double[][] compute(double[][] series) {
    int t = CorrelationMatrix.checkSeries(series);
    int n = series.length;
    double[] z = CorrelationMatrix.standardize(series, t);
    INDArray matrix = Nd4j.create(z, new long[] {n, t}, DataType.DOUBLE);
    INDArray gram = matrix.mmul(matrix.transpose());
    double[][] c = gram.toDoubleMatrix();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        c[j][i] = c[i][j];
      }
    }
    return c;
  }
}
