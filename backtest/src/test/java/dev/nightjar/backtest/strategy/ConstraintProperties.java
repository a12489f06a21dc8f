package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ConstraintProperties {
  private static final List<String> NAMES = List.of("a", "b");

  @Property(tries = 300)
  void comparisonsAgreeWithJava(
      @ForAll @IntRange(min = -50, max = 50) int a, @ForAll @IntRange(min = -50, max = 50) int b) {
    double[] v = {a, b};
    assertEquals(a < b, Constraint.parse("a < b", NAMES).test(v));
    assertEquals(a <= b, Constraint.parse("a <= b", NAMES).test(v));
    assertEquals(a * 2 + 1 > b - 3, Constraint.parse("a * 2 + 1 > b - 3", NAMES).test(v));
    assertEquals(a < b && !(b > 10), Constraint.parse("a < b and not b > 10", NAMES).test(v));
    assertEquals(a - b - 1 < 0, Constraint.parse("a - b - 1 < 0", NAMES).test(v));
  }
}
