package dev.nightjar.backtest.strategy;

import dev.nightjar.data.Checks;

/**
 * One strategy parameter: its name, whether it takes whole numbers, its allowed range {@code [min,
 * max]}, its default, and the step a grid sweep uses by default.
 *
 * @param name identifier used in specs, configs and constraint expressions, e.g. {@code fast}
 * @param integer whether values must be whole numbers
 * @param min smallest allowed value
 * @param max largest allowed value
 * @param defaultValue the value used when none is given
 * @param step default grid step, {@code > 0}
 * @param description one line for help and reports
 */
public record ParamSpec(
    String name,
    boolean integer,
    double min,
    double max,
    double defaultValue,
    double step,
    String description) {

  public ParamSpec {
    if (name == null || !name.matches("[a-z][a-zA-Z0-9_]*")) {
      throw new IllegalArgumentException(
          "parameter name must match [a-z][a-zA-Z0-9_]*, got '" + name + "'");
    }
    Checks.finiteAtLeast(max, min, name + ".max");
    Checks.inRange(defaultValue, min, max, name + ".default");
    if (!(step > 0) || Double.isInfinite(step)) {
      throw new IllegalArgumentException(name + ".step must be finite and > 0, got " + step);
    }
    if (integer && (!isWhole(min) || !isWhole(max) || !isWhole(defaultValue) || !isWhole(step))) {
      throw new IllegalArgumentException(
          "integer parameter " + name + " needs whole min, max, default and step");
    }
  }

  /** A whole-number parameter. */
  public static ParamSpec integer(
      String name, int min, int max, int defaultValue, int step, String description) {
    return new ParamSpec(name, true, min, max, defaultValue, step, description);
  }

  /** A real-valued parameter. */
  public static ParamSpec real(
      String name, double min, double max, double defaultValue, double step, String description) {
    return new ParamSpec(name, false, min, max, defaultValue, step, description);
  }

  /**
   * Checks that {@code value} is allowed: inside {@code [min, max]} and whole for integer
   * parameters.
   *
   * @return a problem description, or {@code null} when the value is fine
   */
  public String problemWith(double value) {
    if (!(value >= min && value <= max)) {
      return name + " must be in [" + format(min) + ", " + format(max) + "], got " + format(value);
    }
    if (integer && !isWhole(value)) {
      return name + " must be a whole number, got " + format(value);
    }
    return null;
  }

  private static boolean isWhole(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15;
  }

  /** A value as written in specs and file names: {@code 20} rather than {@code 20.0}. */
  public static String format(double value) {
    return isWhole(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
