package dev.nightjar.optimizer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.optimizer.spec.ValidationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fold windows worked out by hand, in days from the start of the data. */
class FoldsTest {
  private static final long DAY = 86_400_000L;
  private static final long START = 1_704_067_200_000L; // 2024-01-01T00:00Z

  private static Window days(long from, long to) {
    return new Window(START + from * DAY, START + to * DAY);
  }

  /**
   * 100 days of data. Rolling 30/10/10: test windows start at 30, 40, ..., 90, so 7 folds, the last
   * training on [60, 90). Anchored: the same tests, the last training on [0, 90). Step 15: tests at
   * 30, 45, 60, 75, 90 (90 + 10 = 100 still fits): 5 folds, gaps of 5 days. Step 20, test 10: tests
   * at 30, 50, 70, 90: 4 folds. Train 60, test 25: tests at 60 and 85? 85 + 25 = 110 > 100: 1 fold.
   */
  @ParameterizedTest(name = "train {0} test {1} step {2} anchored {3}")
  @CsvSource({
    "30, 10, 10, false, 7, 60, 90, 90, 100",
    "30, 10, 10, true, 7, 0, 90, 90, 100",
    "30, 10, 15, false, 5, 60, 90, 90, 100",
    "30, 10, 20, true, 4, 0, 90, 90, 100",
    "60, 25, 25, false, 1, 0, 60, 60, 85",
    "90, 10, 10, false, 1, 0, 90, 90, 100",
  })
  void walkForward(
      long train,
      long test,
      long step,
      boolean anchored,
      int folds,
      long lastTrainFrom,
      long lastTrainTo,
      long lastTestFrom,
      long lastTestTo) {
    List<Fold> out =
        Folds.of(
            new ValidationSpec.WalkForward(train * DAY, test * DAY, step * DAY, anchored),
            START,
            START + 100 * DAY);
    assertEquals(folds, out.size());
    Fold first = out.get(0);
    assertEquals(new Fold(1, days(0, train), days(train, train + test)), first);
    Fold last = out.get(out.size() - 1);
    assertEquals(
        new Fold(folds, days(lastTrainFrom, lastTrainTo), days(lastTestFrom, lastTestTo)), last);
  }

  @Test
  void holdoutCutsAtTheShareOfTheSpan() {
    // 100 days, 25% held out: train [0, 75), test [75, 100).
    assertEquals(
        List.of(new Fold(1, days(0, 75), days(75, 100))),
        Folds.of(new ValidationSpec.Holdout(0.25), START, START + 100 * DAY));
    // 10 ms, 25%: cut = floor(10 * 0.75) = 7.
    assertEquals(
        List.of(new Fold(1, new Window(0, 7), new Window(7, 10))),
        Folds.of(new ValidationSpec.Holdout(0.25), 0, 10));
  }

  @Test
  void windowsThatDoNotFitAreRefusedSayingWhy() {
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Folds.of(
                        new ValidationSpec.WalkForward(95 * DAY, 10 * DAY, 10 * DAY, false),
                        START,
                        START + 100 * DAY))
            .getMessage();
    assertTrue(
        message.startsWith("train + test (105.0 days) do not fit the data (100.0 days from"),
        message);
    assertThrows(
        IllegalArgumentException.class, () -> Folds.of(new ValidationSpec.Holdout(0.5), 0, 1));
    // One fold per minute over a year is far more than anyone means.
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Folds.of(
                new ValidationSpec.WalkForward(60_000, 60_000, 60_000, false),
                START,
                START + 365 * DAY));
  }
}
