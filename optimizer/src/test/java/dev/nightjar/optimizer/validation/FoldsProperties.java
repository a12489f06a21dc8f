package dev.nightjar.optimizer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.optimizer.spec.ValidationSpec;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of the fold windows over any span and any windows. */
class FoldsProperties {
  private static final long HOUR = 3_600_000L;

  @Property(tries = 300)
  void testWindowsFollowTheirTrainingInsideTheDataWithoutOverlap(
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long startHours,
      @ForAll @IntRange(min = 1, max = 5_000) int spanHours,
      @ForAll @IntRange(min = 1, max = 2_000) int trainHours,
      @ForAll @IntRange(min = 1, max = 500) int testHours,
      @ForAll @IntRange(min = 0, max = 500) int extraStepHours,
      @ForAll boolean anchored) {
    Assume.that(trainHours + testHours <= spanHours);
    Assume.that((spanHours - trainHours - testHours) / (testHours + extraStepHours) < 1000);
    long start = startHours * HOUR;
    long end = start + spanHours * HOUR;
    long step = (testHours + extraStepHours) * HOUR;
    List<Fold> folds =
        Folds.of(
            new ValidationSpec.WalkForward(trainHours * HOUR, testHours * HOUR, step, anchored),
            start,
            end);
    for (int k = 0; k < folds.size(); k++) {
      Fold f = folds.get(k);
      assertEquals(k + 1, f.number());
      // The test window starts where its own training ends: no overlap, no gap.
      assertEquals(f.train().to(), f.test().from());
      assertEquals(testHours * HOUR, f.test().millis());
      assertTrue(f.train().from() >= start && f.test().to() <= end, f.toString());
      assertEquals(anchored ? start : f.test().from() - trainHours * HOUR, f.train().from());
      if (k > 0) {
        Fold previous = folds.get(k - 1);
        // Consecutive: the next test window starts one step later, after the previous one ends.
        assertEquals(previous.test().from() + step, f.test().from());
        assertTrue(previous.test().to() <= f.test().from());
      }
    }
    // As many folds as fit: one more would end after the data.
    Fold last = folds.get(folds.size() - 1);
    assertTrue(last.test().to() + step > end);
    assertEquals((spanHours - trainHours - testHours) * HOUR / step + 1, folds.size());
  }

  @Property(tries = 200)
  void aHoldoutSplitsTheSpanIntoTwoAdjacentWindows(
      @ForAll @LongRange(min = 0, max = 1_000_000) long startHours,
      @ForAll @IntRange(min = 2, max = 100_000) int spanHours,
      @ForAll @IntRange(min = 1, max = 99) int percent) {
    long start = startHours * HOUR;
    long end = start + spanHours * HOUR;
    List<Fold> folds = Folds.of(new ValidationSpec.Holdout(percent / 100.0), start, end);
    assertEquals(1, folds.size());
    Fold f = folds.get(0);
    assertEquals(start, f.train().from());
    assertEquals(end, f.test().to());
    // The held-out part is the share asked for, to the ms.
    double share = (double) f.test().millis() / (end - start);
    assertEquals(percent / 100.0, share, 1.0 / (end - start) + 1e-12);
  }
}
