package dev.nightjar.backtest.indicator;

import java.util.List;
import java.util.Objects;

/**
 * What the catalog says about one indicator: its lower-case {@code name} (as in a spec {@code
 * "rsi:14"}), a one-line description, its parameters in spec order, and its output suffixes (the
 * single output of a one-output indicator has the suffix {@code ""}: its column is the spec prefix
 * alone, e.g. {@code rsi_14}; otherwise {@code bbands_20_2_upper}).
 */
public record IndicatorInfo(
    String name, String description, List<Param> params, List<String> outputs) {

  public IndicatorInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    params = List.copyOf(params);
    outputs = List.copyOf(outputs);
    if (!name.matches("[a-z]+")) {
      throw new IllegalArgumentException("name must be lower-case letters, got '" + name + "'");
    }
    if (outputs.isEmpty() || (outputs.size() > 1 && outputs.contains(""))) {
      throw new IllegalArgumentException(
          "outputs must be one \"\" or several named suffixes, got " + outputs);
    }
  }

  /** A numeric parameter: default and inclusive range; {@code integer} ones take whole numbers. */
  public record Param(String name, double defaultValue, double min, double max, boolean integer) {
    public Param {
      Objects.requireNonNull(name, "name");
      if (!(min <= defaultValue && defaultValue <= max)) {
        throw new IllegalArgumentException(
            "default of " + name + " must be in [" + min + ", " + max + "], got " + defaultValue);
      }
      if (integer && defaultValue != Math.rint(defaultValue)) {
        throw new IllegalArgumentException(
            "default of integer " + name + " must be whole, got " + defaultValue);
      }
    }

    /** An integer parameter (a period). */
    static Param period(String name, int defaultValue, int min) {
      return new Param(name, defaultValue, min, 100_000, true);
    }

    /** A real parameter (a multiplier or a step). */
    static Param real(String name, double defaultValue, double min, double max) {
      return new Param(name, defaultValue, min, max, false);
    }
  }
}
