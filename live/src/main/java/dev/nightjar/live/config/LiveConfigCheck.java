package dev.nightjar.live.config;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Sizing;
import dev.nightjar.data.ConfigException;
import dev.nightjar.live.phemex.Product;
import dev.nightjar.optimizer.export.StrategyConfig;
import dev.nightjar.optimizer.json.Problems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The runner's own checks of a strategy config, after the strict reader ({@code
 * StrategyConfigs.read}: schema, strategy, parameters inside its space, symbol format) and before
 * anything connects or trades:
 *
 * <ul>
 *   <li>{@code $.execution.leverage} ≤ min({@link RiskLimits#HARD_MAX_LEVERAGE}, the limits file's
 *       {@code maxLeverage}, the product's max leverage when connected);
 *   <li>{@code $.execution.sizing}: the margin committed per entry as a fraction of equity (1 for
 *       all-in, F for fraction:F, N / (leverage · cash) for notional:N) ≤ {@code
 *       maxPositionFraction};
 *   <li>{@code $.execution.stopLoss} and {@code trailingStop} ≤ {@code maxStopDistance};
 *   <li>{@code $.symbol} is listed and tradable on the exchange (when connected);
 *   <li>with {@code --live}: {@code $.execution.stopLoss}, {@code takeProfit} and {@code
 *       trailingStop} are 0 — the runner sends only the strategy's changes of target, so the
 *       engine's exits would not reach the exchange.
 * </ul>
 *
 * Every problem comes back at once in one {@link ConfigException}, each with its JSON path.
 */
public final class LiveConfigCheck {
  private LiveConfigCheck() {}

  /**
   * @param file the config file, for messages
   * @param products the exchange's products by symbol, or {@code null} when not connected (paper
   *     mode: the symbol's existence and the exchange's leverage cap are not checked)
   * @throws ConfigException listing every problem
   */
  public static void check(
      Path file, StrategyConfig config, RiskLimits limits, Map<String, Product> products) {
    check(file, config, limits, products, false);
  }

  /**
   * As {@link #check(Path, StrategyConfig, RiskLimits, Map)}; with {@code live} (orders go to the
   * exchange) the engine's own exits are refused too.
   *
   * @param live whether the session sends orders to the exchange ({@code --live})
   * @throws ConfigException listing every problem
   */
  public static void check(
      Path file,
      StrategyConfig config,
      RiskLimits limits,
      Map<String, Product> products,
      boolean live) {
    Problems problems = new Problems(file);
    EngineConfig e = config.execution();
    double cap = Math.min(RiskLimits.HARD_MAX_LEVERAGE, limits.maxLeverage());
    String capText =
        "min(hard cap "
            + fmt(RiskLimits.HARD_MAX_LEVERAGE)
            + ", limits "
            + fmt(limits.maxLeverage());
    if (products != null) {
      String symbol = config.series().symbol().value();
      Product product = products.get(symbol);
      if (product == null) {
        problems.add("$.symbol", "'" + symbol + "' is not a product on the exchange");
      } else if (!product.listed()) {
        problems.add("$.symbol", "'" + symbol + "' is not listed for trading on the exchange");
      } else {
        double exchangeMax = product.maxLeverage().doubleValue();
        cap = Math.min(cap, exchangeMax);
        capText += ", exchange " + fmt(exchangeMax);
      }
    }
    if (e.leverage() > cap) {
      problems.add(
          "$.execution.leverage",
          "must be <= " + fmt(cap) + " = " + capText + "), got " + fmt(e.leverage()));
    }
    double fraction = positionFraction(e);
    if (fraction > limits.maxPositionFraction()) {
      problems.add(
          "$.execution.sizing",
          "commits "
              + fmt(fraction)
              + " of equity per entry; the limit (maxPositionFraction) is "
              + fmt(limits.maxPositionFraction()));
    }
    stop(problems, "stopLoss", e.stopLoss(), limits);
    stop(problems, "trailingStop", e.trailingStop(), limits);
    if (live) {
      exitOff(problems, "stopLoss", e.stopLoss());
      exitOff(problems, "takeProfit", e.takeProfit());
      exitOff(problems, "trailingStop", e.trailingStop());
    }
    problems.throwIfAny();
  }

  /** The margin one entry commits, as a fraction of the starting cash. */
  static double positionFraction(EngineConfig e) {
    Sizing s = e.sizing();
    if (s instanceof Sizing.Fraction f) {
      return f.fraction();
    }
    if (s instanceof Sizing.Notional n) {
      return n.notional() / (e.leverage() * e.cash());
    }
    return 1;
  }

  private static void stop(Problems problems, String name, double value, RiskLimits limits) {
    if (value > limits.maxStopDistance()) {
      problems.add(
          "$.execution." + name,
          "must be <= " + fmt(limits.maxStopDistance()) + " (maxStopDistance), got " + fmt(value));
    }
  }

  /**
   * The runner sends only the strategy's changes of target; the engine's stop-loss, take-profit and
   * trailing-stop exits exist in its model only, so a live session must not count on them.
   */
  private static void exitOff(Problems problems, String name, double value) {
    if (value > 0) {
      problems.add(
          "$.execution." + name,
          "not supported with --live yet: exits would not reach the exchange (got "
              + fmt(value)
              + "; set it to 0)");
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
