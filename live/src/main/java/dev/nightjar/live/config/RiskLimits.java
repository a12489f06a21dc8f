package dev.nightjar.live.config;

/**
 * The user's risk limits for the live runner (the limits file, {@value #SCHEMA}). Fractions are of
 * equity (0.05 = 5 %).
 *
 * @param maxLeverage the highest leverage a config may use; never above {@link #HARD_MAX_LEVERAGE}
 * @param maxPositionFraction the largest share of equity an entry may commit as margin, in (0, 1]
 * @param maxStopDistance the widest stop-loss or trailing stop a config may use, in (0, 0.5]
 * @param dailyLossLimit the kill switch trips when equity falls this far below the UTC day's first
 *     equity, in (0, 0.5]
 * @param maxDrawdown the kill switch trips when equity falls this far below the session peak, in
 *     (0, 0.9]
 * @param maxConsecutiveErrors the kill switch trips after this many failed exchange calls in a row,
 *     in [1, 100]
 * @param flattenOnKill whether the kill switch closes the position (it always cancels open orders)
 */
public record RiskLimits(
    double maxLeverage,
    double maxPositionFraction,
    double maxStopDistance,
    double dailyLossLimit,
    double maxDrawdown,
    int maxConsecutiveErrors,
    boolean flattenOnKill) {
  /** The schema of the limits file. */
  public static final String SCHEMA = "nightjar.live-limits/1";

  /** No limits file can allow more leverage than this. */
  public static final double HARD_MAX_LEVERAGE = 20;

  public RiskLimits {
    within(maxLeverage, 1, HARD_MAX_LEVERAGE, "maxLeverage");
    within(maxPositionFraction, Math.ulp(0.0), 1, "maxPositionFraction");
    within(maxStopDistance, Math.ulp(0.0), 0.5, "maxStopDistance");
    within(dailyLossLimit, Math.ulp(0.0), 0.5, "dailyLossLimit");
    within(maxDrawdown, Math.ulp(0.0), 0.9, "maxDrawdown");
    within(maxConsecutiveErrors, 1, 100, "maxConsecutiveErrors");
  }

  /**
   * The limits without a limits file: leverage ≤ 3, full position, stops ≤ 20 %, daily loss 5 %,
   * drawdown 15 %, 5 consecutive errors, flatten on kill.
   */
  public static RiskLimits defaults() {
    return new RiskLimits(3, 1, 0.2, 0.05, 0.15, 5, true);
  }

  /** The closed range a setting must lie in, for messages and the reader. */
  static void within(double value, double min, double max, String name) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in " + range(min, max) + ", got " + value);
    }
  }

  private static String range(double min, double max) {
    return (min == Math.ulp(0.0) ? "(0" : "[" + fmt(min)) + ", " + fmt(max) + "]";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
