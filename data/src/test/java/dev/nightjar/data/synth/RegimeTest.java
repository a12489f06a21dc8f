package dev.nightjar.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RegimeTest {
  @Test
  void alwaysMovesToEitherOtherState() {
    for (Regime r : Regime.values()) {
      EnumSet<Regime> seen = EnumSet.noneOf(Regime.class);
      for (double u = 0; u < 1; u += 0.01) {
        seen.add(r.next(u));
      }
      assertEquals(2, seen.size(), r.toString());
      assertFalse(seen.contains(r), r.toString());
    }
  }

  @Test
  void leavesWithOneOverTheMeanDurationPerMinute() {
    // Geometric durations: mean = 1 / p minutes; 14 days = 20,160 minutes for a range.
    assertEquals(1 / 20_160.0, Regime.RANGE.leaveProbability, 1e-18);
    assertEquals(1 / (12 * 1440.0), Regime.BULL.leaveProbability, 1e-18);
  }
}
