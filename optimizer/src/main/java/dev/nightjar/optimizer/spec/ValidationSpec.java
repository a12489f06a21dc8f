package dev.nightjar.optimizer.spec;

/**
 * How a sweep checks its winners on data their selection did not see (the spec's {@code
 * validation}): a single holdout at the end of the data, or a walk-forward of train/test folds. See
 * {@code dev.nightjar.optimizer.validation.Folds} for the window arithmetic.
 */
public sealed interface ValidationSpec {
  /** {@code holdout} or {@code walk-forward}: the name in reports and configs. */
  String method();

  /**
   * Optimize on the first {@code 1 - testShare} of the data, evaluate on the last {@code
   * testShare}.
   *
   * @param testShare share of the time span held out, in (0, 1)
   */
  record Holdout(double testShare) implements ValidationSpec {
    public Holdout {
      if (!(testShare > 0 && testShare < 1)) {
        throw new IllegalArgumentException("testShare must be in (0, 1), got " + testShare);
      }
    }

    @Override
    public String method() {
      return "holdout";
    }
  }

  /**
   * Rolling (or anchored) folds: fold k trains on {@code [start + k·step, start + k·step + train)}
   * (anchored: from {@code start}) and tests on the {@code test} that follows.
   *
   * @param trainMillis train window length, ms, {@code > 0}
   * @param testMillis test window length, ms, {@code > 0}
   * @param stepMillis distance between fold starts, ms, {@code >= testMillis} so that test windows
   *     never overlap
   * @param anchored every train window starts at the start of the data
   */
  record WalkForward(long trainMillis, long testMillis, long stepMillis, boolean anchored)
      implements ValidationSpec {
    public WalkForward {
      if (trainMillis <= 0 || testMillis <= 0) {
        throw new IllegalArgumentException(
            "train and test must be > 0 ms, got " + trainMillis + ", " + testMillis);
      }
      if (stepMillis < testMillis) {
        throw new IllegalArgumentException(
            "step must be >= test (" + testMillis + " ms), got " + stepMillis);
      }
    }

    @Override
    public String method() {
      return "walk-forward";
    }
  }
}
