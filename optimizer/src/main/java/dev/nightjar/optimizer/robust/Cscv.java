package dev.nightjar.optimizer.robust;

import dev.nightjar.data.Checks;

/**
 * Probability of backtest overfitting by combinatorially symmetric cross-validation (Bailey,
 * Borwein, López de Prado and Zhu 2017, "The Probability of Backtest Overfitting", Journal of
 * Computational Finance 20(4), section 2).
 *
 * <p>The T periods are cut into S contiguous blocks (block {@code b} holds rows {@code [b·T/S,
 * (b+1)·T/S)}, so sizes differ by at most one). For each of the {@code C(S, S/2)} ways to pick S/2
 * blocks as the in-sample set J (the other S/2 form the out-of-sample set J̄):
 *
 * <ol>
 *   <li>score every combination on J and on J̄ with the performance function (Sharpe by default);
 *   <li>select {@code n*}, the in-sample best (lowest index on ties);
 *   <li>its relative out-of-sample rank is {@code ω = rank / (N + 1)}, with {@code rank} in 1..N
 *       ascending (1 = worst), ties given their mid-rank; this is the paper's {@code ω̄_c}, kept in
 *       (0, 1) by the {@code N + 1};
 *   <li>its logit is {@code λ = ln(ω / (1 − ω))}; {@code λ <= 0} means the in-sample best did no
 *       better than the out-of-sample median.
 * </ol>
 *
 * {@code PBO = #{λ <= 0} / C(S, S/2)}. The performance degradation is the OLS fit {@code R̄(n*) =
 * intercept + slope · R(n*)} of out-of-sample on in-sample performance of the selected
 * combinations.
 *
 * <p>Cost: one pass over the T×N returns for per-block counts, sums and sums of squares, then
 * {@code O(S/2)} per combination per split, so {@code O(T·N + C(S,S/2)·N·S/2)} in total.
 */
public final class Cscv {
  /** The paper's suggested number of blocks, giving {@code C(16, 8) = 12,870} splits. */
  public static final int DEFAULT_BLOCKS = 16;

  /** Largest supported S ({@code C(20, 10) = 184,756} splits). */
  public static final int MAX_BLOCKS = 20;

  private Cscv() {}

  /** CSCV with {@link #DEFAULT_BLOCKS} blocks and the Sharpe ratio. */
  public static PboResult run(double[][] returns) {
    return run(returns, DEFAULT_BLOCKS, PerformanceFunction.SHARPE);
  }

  /**
   * Runs CSCV.
   *
   * @param returns per-period returns by combination: {@code returns[n][t]} is combination {@code
   *     n}'s return in period {@code t}; at least 2 combinations, all of equal length {@code T >=
   *     2·S}, all values finite
   * @param blocks S, even, in {@code [2, MAX_BLOCKS]}
   * @param performance the statistic to rank by, higher is better
   */
  public static PboResult run(double[][] returns, int blocks, PerformanceFunction performance) {
    Checks.notNull(returns, "returns");
    Checks.notNull(performance, "performance");
    if (blocks < 2 || blocks > MAX_BLOCKS || blocks % 2 != 0) {
      throw new IllegalArgumentException(
          "blocks must be even and in [2, " + MAX_BLOCKS + "], got " + blocks);
    }
    int combinations = Checks.atLeast(returns.length, 2, "returns.length (combinations)");
    BlockSums sums = BlockSums.of(returns, blocks);

    int splits = (int) binomial(blocks, blocks / 2);
    double[] logits = new double[splits];
    double[] inSample = new double[splits];
    double[] outOfSample = new double[splits];
    double[] isPerf = new double[combinations];
    double[] oosPerf = new double[combinations];
    int[] members = new int[blocks / 2];

    int split = 0;
    int nonPositive = 0;
    int losses = 0;
    int all = (1 << blocks) - 1;
    for (int mask = (1 << (blocks / 2)) - 1; mask <= all; mask = nextWithSameBitCount(mask)) {
      for (int k = 0, bits = mask; k < members.length; k++, bits &= bits - 1) {
        members[k] = Integer.numberOfTrailingZeros(bits);
      }
      sums.score(members, performance, isPerf, oosPerf);
      int best = argMax(isPerf);
      double omega = midRank(oosPerf, best) / (combinations + 1.0);
      double logit = Math.log(omega / (1 - omega));
      logits[split] = logit;
      inSample[split] = isPerf[best];
      outOfSample[split] = oosPerf[best];
      if (logit <= 0) {
        nonPositive++;
      }
      if (oosPerf[best] < 0) {
        losses++;
      }
      split++;
    }
    double[] fit = olsFit(inSample, outOfSample);
    return new PboResult(
        (double) nonPositive / splits,
        logits,
        inSample,
        outOfSample,
        fit[1],
        fit[0],
        (double) losses / splits,
        combinations,
        blocks);
  }

  /**
   * Per-block count, sum and sum of squares of each combination's returns ({@code sum[n·S + b]}),
   * and each combination's totals over all periods.
   */
  private record BlockSums(
      double[] count,
      double[] sum,
      double[] sumSquares,
      double[] totalSum,
      double[] totalSquares,
      int periods,
      int blocks) {
    static BlockSums of(double[][] returns, int blocks) {
      int combinations = returns.length;
      int periods = Checks.notNull(returns[0], "returns[0]").length;
      if (periods < 2 * blocks) {
        throw new IllegalArgumentException(
            "need at least 2 periods per block: periods "
                + periods
                + " < 2 * blocks "
                + 2 * blocks);
      }
      double[] count = new double[blocks];
      double[] sum = new double[combinations * blocks];
      double[] sumSquares = new double[combinations * blocks];
      double[] totalSum = new double[combinations];
      double[] totalSquares = new double[combinations];
      for (int b = 0; b < blocks; b++) {
        count[b] = blockStart(b + 1, periods, blocks) - blockStart(b, periods, blocks);
      }
      for (int n = 0; n < combinations; n++) {
        double[] r = Checks.notNull(returns[n], "returns[" + n + "]");
        if (r.length != periods) {
          throw new IllegalArgumentException(
              "returns[" + n + "].length must be " + periods + ", got " + r.length);
        }
        for (int b = 0; b < blocks; b++) {
          double s = 0;
          double ss = 0;
          for (int t = blockStart(b, periods, blocks);
              t < blockStart(b + 1, periods, blocks);
              t++) {
            double x = r[t];
            if (!Double.isFinite(x)) {
              throw new IllegalArgumentException(
                  "returns[" + n + "][" + t + "] must be finite, got " + x);
            }
            s += x;
            ss += x * x;
          }
          sum[n * blocks + b] = s;
          sumSquares[n * blocks + b] = ss;
          totalSum[n] += s;
          totalSquares[n] += ss;
        }
      }
      return new BlockSums(count, sum, sumSquares, totalSum, totalSquares, periods, blocks);
    }

    private static int blockStart(int block, int periods, int blocks) {
      return (int) ((long) block * periods / blocks);
    }

    /** Scores every combination on the blocks in {@code members} and on the rest. */
    void score(int[] members, PerformanceFunction f, double[] isPerf, double[] oosPerf) {
      double isCount = 0;
      for (int b : members) {
        isCount += count[b];
      }
      double oosCount = periods - isCount;
      for (int n = 0, base = 0; n < isPerf.length; n++, base += blocks) {
        double isSum = 0;
        double isSq = 0;
        for (int b : members) {
          isSum += sum[base + b];
          isSq += sumSquares[base + b];
        }
        isPerf[n] = f.evaluate(isCount, isSum, isSq);
        oosPerf[n] = f.evaluate(oosCount, totalSum[n] - isSum, totalSquares[n] - isSq);
      }
    }
  }

  /** Index of the largest value, NaN counting as lowest; the first one on ties. */
  static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best] || Double.isNaN(values[best]) && !Double.isNaN(values[i])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Ascending 1-based rank of {@code values[index]} among {@code values}, ties at their mid-rank,
   * NaN lowest: {@code 1 + #below + #tied / 2}.
   */
  static double midRank(double[] values, int index) {
    double v = values[index];
    int below = 0;
    int tied = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == index) {
        continue;
      }
      double w = values[i];
      if (Double.isNaN(v)) {
        tied += Double.isNaN(w) ? 1 : 0;
      } else if (w < v || Double.isNaN(w)) {
        below++;
      } else if (w == v) {
        tied++;
      }
    }
    return 1 + below + tied / 2.0;
  }

  /** {@code {intercept, slope}} of the least-squares line {@code y = intercept + slope·x}. */
  private static double[] olsFit(double[] x, double[] y) {
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < x.length; i++) {
      meanX += x[i];
      meanY += y[i];
    }
    meanX /= x.length;
    meanY /= y.length;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - meanX) * (y[i] - meanY);
      sxx += (x[i] - meanX) * (x[i] - meanX);
    }
    double slope = sxy / sxx;
    return new double[] {meanY - slope * meanX, slope};
  }

  /** Gosper's hack: the next larger int with the same number of set bits. */
  private static int nextWithSameBitCount(int x) {
    int lowest = x & -x;
    int ripple = x + lowest;
    return ripple | (((x ^ ripple) >>> 2) / lowest);
  }

  static long binomial(int n, int k) {
    long c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
