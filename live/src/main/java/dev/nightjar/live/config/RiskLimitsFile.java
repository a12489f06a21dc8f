package dev.nightjar.live.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightjar.data.ConfigException;
import dev.nightjar.optimizer.json.JsonField;
import dev.nightjar.optimizer.json.JsonText;
import dev.nightjar.optimizer.json.Problems;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Reads the limits file strictly:
 *
 * <pre>{@code
 * {"schema": "nightjar.live-limits/1", "maxLeverage": 3, "maxPositionFraction": 1,
 *  "maxStopDistance": 0.2, "dailyLossLimit": 0.05, "maxDrawdown": 0.15,
 *  "maxConsecutiveErrors": 5, "flattenOnKill": true}
 * }</pre>
 *
 * Every field but {@code schema} is optional (missing: {@link RiskLimits#defaults()}); unknown
 * fields, wrong types and values out of bounds are each a problem with its JSON path, all reported
 * at once in one {@link ConfigException}.
 */
public final class RiskLimitsFile {
  private static final Set<String> FIELDS =
      Set.of(
          "schema",
          "maxLeverage",
          "maxPositionFraction",
          "maxStopDistance",
          "dailyLossLimit",
          "maxDrawdown",
          "maxConsecutiveErrors",
          "flattenOnKill");

  private RiskLimitsFile() {}

  /**
   * @throws ConfigException with every problem and its JSON path
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RiskLimits read(Path file) {
    JsonNode tree = JsonText.read(file);
    Problems problems = new Problems(file);
    JsonField root = JsonField.root(tree, problems);
    if (!root.requireObject(FIELDS)) {
      problems.throwIfAny();
    }
    JsonField schema = root.get("schema");
    String text = schema.requireText();
    if (text != null && !text.equals(RiskLimits.SCHEMA)) {
      schema.problem("expected \"" + RiskLimits.SCHEMA + "\", got " + schema.describe());
    }
    RiskLimits d = RiskLimits.defaults();
    double leverage =
        number(root, "maxLeverage", d, RiskLimits::maxLeverage, 1, RiskLimits.HARD_MAX_LEVERAGE);
    double fraction =
        number(root, "maxPositionFraction", d, RiskLimits::maxPositionFraction, Math.ulp(0.0), 1);
    double stop =
        number(root, "maxStopDistance", d, RiskLimits::maxStopDistance, Math.ulp(0.0), .5);
    double daily = number(root, "dailyLossLimit", d, RiskLimits::dailyLossLimit, Math.ulp(0.0), .5);
    double drawdown = number(root, "maxDrawdown", d, RiskLimits::maxDrawdown, Math.ulp(0.0), .9);
    JsonField errorsField = root.get("maxConsecutiveErrors");
    long errors = errorsField.whole((long) d.maxConsecutiveErrors());
    if (errors < 1 || errors > 100) {
      errorsField.problem("must be in [1, 100], got " + errors);
      errors = d.maxConsecutiveErrors();
    }
    boolean flatten = root.get("flattenOnKill").bool(d.flattenOnKill());
    problems.throwIfAny();
    return new RiskLimits(leverage, fraction, stop, daily, drawdown, (int) errors, flatten);
  }

  private static double number(
      JsonField root,
      String name,
      RiskLimits defaults,
      ToDoubleFunction<RiskLimits> fallback,
      double min,
      double max) {
    JsonField field = root.get(name);
    double v = field.number(fallback.applyAsDouble(defaults));
    try {
      RiskLimits.within(v, min, max, name);
      return v;
    } catch (IllegalArgumentException e) {
      field.problem(e.getMessage().substring(name.length() + 1));
      return fallback.applyAsDouble(defaults);
    }
  }
}
