package dev.nightjar.optimizer.robust;

import dev.nightjar.data.Checks;

/**
 * Deflated Sharpe ratio (Bailey and López de Prado 2014, "The Deflated Sharpe Ratio: Correcting for
 * Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio Management 40(5),
 * eq. 2): the {@link ProbabilisticSharpe PSR} of the selected strategy against the Sharpe ratio
 * expected from the best of {@code N} unskilled trials,
 *
 * <pre>
 *   SR0 = sqrt(V[SR_n]) · ( (1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e)) )
 *   DSR = PSR(SR0)
 * </pre>
 *
 * with {@code γ} the Euler–Mascheroni constant, {@code N} the number of trials actually run and
 * {@code V[SR_n]} the variance of their <b>per-period</b> Sharpe ratios (an annualized variance
 * must be divided by the periods per year). {@code DSR >= 0.95} is the paper's significance test.
 */
public final class DeflatedSharpe {
  /** The Euler–Mascheroni constant γ. */
  public static final double EULER_MASCHERONI = 0.5772156649015329;

  private DeflatedSharpe() {}

  /**
   * Expected maximum Sharpe ratio {@code SR0} of {@code trials} unskilled trials (true Sharpe 0)
   * whose Sharpe ratios have variance {@code sharpeVariance}; 0 for a single trial (no selection).
   */
  public static double expectedMaxSharpe(int trials, double sharpeVariance) {
    Checks.atLeast(trials, 1, "trials");
    Checks.finiteAtLeast(sharpeVariance, 0, "sharpeVariance");
    if (trials == 1) {
      return 0;
    }
    double n = trials;
    double z =
        (1 - EULER_MASCHERONI)
                * ProbabilisticSharpe.STANDARD_NORMAL.inverseCumulativeProbability(1 - 1 / n)
            + EULER_MASCHERONI
                * ProbabilisticSharpe.STANDARD_NORMAL.inverseCumulativeProbability(
                    1 - 1 / (n * Math.E));
    return Math.sqrt(sharpeVariance) * z;
  }

  /**
   * DSR from summary moments of the selected strategy.
   *
   * @param sharpe selected strategy's per-period Sharpe ratio
   * @param n its number of return observations
   * @param skewness skewness of its returns
   * @param kurtosis non-excess kurtosis of its returns (normal: 3)
   * @param trials number of trials run, including the selected one
   * @param sharpeVariance variance of the trials' per-period Sharpe ratios
   */
  public static double dsr(
      double sharpe, long n, double skewness, double kurtosis, int trials, double sharpeVariance) {
    return ProbabilisticSharpe.psr(
        sharpe, expectedMaxSharpe(trials, sharpeVariance), n, skewness, kurtosis);
  }

  /** DSR of the selected strategy's returns, given the trial count and Sharpe variance. */
  public static double dsr(double[] returns, int trials, double sharpeVariance) {
    Moments m = Moments.of(returns);
    return dsr(m.sharpe(), m.n(), m.skewness(), m.kurtosis(), trials, sharpeVariance);
  }

  /**
   * DSR of the selected strategy's returns, with {@code N = trialSharpes.length} and {@code
   * V[SR_n]} the sample variance (divisor {@code N − 1}) of {@code trialSharpes}, the per-period
   * Sharpe ratios of all trials (the selected one included).
   */
  public static double dsr(double[] returns, double[] trialSharpes) {
    Checks.notNull(trialSharpes, "trialSharpes");
    Moments trials = Moments.of(trialSharpes);
    return dsr(returns, trials.n(), trials.stdev() * trials.stdev());
  }
}
