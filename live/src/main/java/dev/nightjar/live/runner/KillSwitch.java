package dev.nightjar.live.runner;

import dev.nightjar.live.config.RiskLimits;
import java.util.Locale;
import java.util.Optional;

/**
 * The kill switch's three rules, checked after every bar:
 *
 * <ul>
 *   <li>daily loss: (dayStartEquity − equity) / dayStartEquity ≥ {@code dailyLossLimit};
 *   <li>drawdown: (peakEquity − equity) / peakEquity ≥ {@code maxDrawdown};
 *   <li>errors: consecutive failed exchange calls ≥ {@code maxConsecutiveErrors}.
 * </ul>
 */
public final class KillSwitch {
  private KillSwitch() {}

  /** The reason to stop, or empty to carry on. */
  public static Optional<String> check(
      RiskLimits limits,
      double dayStartEquity,
      double peakEquity,
      double equity,
      int consecutiveErrors) {
    if (consecutiveErrors >= limits.maxConsecutiveErrors()) {
      return Optional.of(
          consecutiveErrors
              + " consecutive exchange errors (limit "
              + limits.maxConsecutiveErrors()
              + ")");
    }
    double daily = (dayStartEquity - equity) / dayStartEquity;
    if (daily >= limits.dailyLossLimit()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "daily loss %.2f%% reached the limit %.2f%% (equity %.2f, day start %.2f)",
              100 * daily,
              100 * limits.dailyLossLimit(),
              equity,
              dayStartEquity));
    }
    double drawdown = (peakEquity - equity) / peakEquity;
    if (drawdown >= limits.maxDrawdown()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "drawdown %.2f%% from the session peak reached the limit %.2f%% (equity %.2f, peak"
                  + " %.2f)",
              100 * drawdown,
              100 * limits.maxDrawdown(),
              equity,
              peakEquity));
    }
    return Optional.empty();
  }
}
