package dev.nightjar.optimizer.select;

/**
 * Chooses the {@link CorrelationMatrix} implementation for a shape, by the measurements in {@code
 * bench/RESULTS.md}: plain Java below {@link #ND4J_THRESHOLD} multiply-adds ({@code N²·T / 2}),
 * ND4J at or above it. ND4J is loaded by class name only when chosen, so a run that never crosses
 * the threshold never loads an ND4J class.
 */
public final class Correlations {
  /**
   * Work ({@code N²·T / 2} multiply-adds) from which ND4J is used: about 1.5·10^9, i.e. N = 800
   * series of one year of daily returns, or N = 200 of one year of hourly returns.
   */
  public static final double ND4J_THRESHOLD = 1.5e9;

  private static final String ND4J_CLASS = "dev.nightjar.optimizer.select.Nd4jCorrelation";

  private Correlations() {}

  /** The implementation for N series of length T. */
  public static CorrelationMatrix forShape(int n, int t) {
    return work(n, t) >= ND4J_THRESHOLD ? nd4j() : plain();
  }

  /** The plain-Java implementation. */
  public static CorrelationMatrix plain() {
    return new PlainCorrelation();
  }

  /** The ND4J implementation, loaded now. */
  public static CorrelationMatrix nd4j() {
    try {
      return (CorrelationMatrix) Class.forName(ND4J_CLASS).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("ND4J is not usable here: " + e, e);
    }
  }

  /** {@code N²·T / 2}, the multiply-adds of one correlation matrix. */
  static double work(int n, int t) {
    return (double) n * n * t / 2;
  }
}
