package dev.nightjar.optimizer.select;

/**
 * Chooses the {@link CorrelationMatrix} implementation for a shape, by the measurements in {@code
 * bench/RESULTS.md}: plain Java below {@link #ND4J_THRESHOLD} multiply-adds ({@code N²·T / 2}),
 * ND4J at or above it. ND4J is loaded by class name only when chosen, so a run that never crosses
 * the threshold never loads an ND4J class.
 */
public final class Correlations {
  /**
   * Work ({@code N²·T / 2} multiply-adds) from which ND4J is used: 5·10^9, e.g. N = 1,070 series of
   * one year of hourly returns. Measured (bench/RESULTS.md): plain Java costs about 0.3–1 ns per
   * multiply-add, ND4J about 0.15 ns plus 50–200 ms per call and 1.2–2 s of start-up on first use;
   * a sweep computes one matrix per run, so the start-up counts, and ND4J wins only past a few
   * billion multiply-adds (200 × 365: plain 3 ms, ND4J 140 ms; 2,000 × 8,760: plain 21–40 s, ND4J
   * 2.5–3.9 s).
   */
  public static final double ND4J_THRESHOLD = 5e9;

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
