package dev.nightjar.data.validate;

import dev.nightjar.data.Checks;
import java.util.List;

/**
 * The result of one check: how many times it fired and the first few occurrences in time order.
 *
 * @param check what was checked
 * @param severity the check's severity (repeated so the JSON form reads on its own)
 * @param count occurrences in all
 * @param first the first occurrences, at most {@link Validator#LISTED}
 */
public record Finding(Check check, Severity severity, int count, List<Occurrence> first) {
  public Finding {
    Checks.notNull(check, "check");
    if (severity != check.severity()) {
      throw new IllegalArgumentException(
          "severity of " + check + " is " + check.severity() + ", got " + severity);
    }
    Checks.atLeast(count, 0, "count");
    first = List.copyOf(Checks.notNull(first, "first"));
  }
}
