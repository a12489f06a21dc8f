package dev.nightjar.bench;

import dev.nightjar.optimizer.select.CorrelationMatrix;
import dev.nightjar.optimizer.select.Correlations;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The correlation matrix of N return series of length T (optimizer.select), plain Java against ND4J
 * (OpenBLAS dgemm), end to end: standardize, Gram product, back to a {@code double[][]}. The shapes
 * are the issue's: 200 configs × 365 daily returns, and 2,000 × 8,760 hourly returns. {@link
 * #nd4jFirstUse} is ND4J's start-up (class loading, native library, backend) on a 2×2 matrix in a
 * fresh JVM, one shot per fork, reported separately from the steady-state scores.
 */
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorrelationBenchmark {
  /** One shape, one implementation. */
  @State(Scope.Benchmark)
  public static class Matrix {
    @Param({"200x365", "2000x8760"})
    public String shape;

    @Param({"plain", "nd4j"})
    public String impl;

    double[][] series;
    CorrelationMatrix correlation;

    @Setup
    public void setUp() {
      String[] nt = shape.split("x");
      int n = Integer.parseInt(nt[0]);
      int t = Integer.parseInt(nt[1]);
      SplittableRandom random = new SplittableRandom(42);
      series = new double[n][t];
      for (double[] s : series) {
        for (int k = 0; k < t; k++) {
          s[k] = random.nextDouble(-0.01, 0.01);
        }
      }
      correlation = impl.equals("nd4j") ? Correlations.nd4j() : Correlations.plain();
      correlation.compute(new double[][] {{1, 2}, {2, 1}});
    }
  }

  @Benchmark
  public double[][] matrix(Matrix m) {
    return m.correlation.compute(m.series);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public double[][] nd4jFirstUse() {
    return Correlations.nd4j().compute(new double[][] {{1, 2}, {2, 1}});
  }
}
