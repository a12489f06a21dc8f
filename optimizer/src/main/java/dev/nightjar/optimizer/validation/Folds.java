package dev.nightjar.optimizer.validation;

import dev.nightjar.optimizer.spec.ValidationSpec;
import java.util.ArrayList;
import java.util.List;

/** The fold windows of a validation over a time span: pure arithmetic on epoch ms. */
public final class Folds {
  /** More folds than this is a mistake in the spec (a step far smaller than intended). */
  public static final int MAX_FOLDS = 1000;

  private Folds() {}

  /**
   * The folds over {@code [start, end)}.
   *
   * <ul>
   *   <li>Holdout with share p: one fold, train {@code [start, cut)}, test {@code [cut, end)}, cut
   *       = start + floor((end − start) · (1 − p)).
   *   <li>Walk-forward: fold k (from 0) tests on {@code [start + train + k·step, start + train +
   *       k·step + test)} and trains on the {@code train} before it (rolling) or on everything from
   *       {@code start} (anchored); folds are made while the test window ends by {@code end}. With
   *       step = test the test windows tile the span after the first train window.
   * </ul>
   *
   * @throws IllegalArgumentException when not a single fold fits, or more than {@link #MAX_FOLDS}
   */
  public static List<Fold> of(ValidationSpec validation, long start, long end) {
    if (start >= end) {
      throw new IllegalArgumentException("the data span is empty: " + start + " .. " + end);
    }
    List<Fold> folds = new ArrayList<>();
    if (validation instanceof ValidationSpec.Holdout h) {
      long cut = start + (long) Math.floor((end - start) * (1 - h.testShare()));
      if (cut <= start || cut >= end) {
        throw new IllegalArgumentException("the data span is too short to hold out a part of it");
      }
      folds.add(new Fold(1, new Window(start, cut), new Window(cut, end)));
      return folds;
    }
    ValidationSpec.WalkForward w = (ValidationSpec.WalkForward) validation;
    for (long k = 0; ; k++) {
      long testFrom = start + w.trainMillis() + k * w.stepMillis();
      long testTo = testFrom + w.testMillis();
      if (testTo > end || testTo < testFrom) {
        break;
      }
      if (folds.size() == MAX_FOLDS) {
        throw new IllegalArgumentException(
            "more than " + MAX_FOLDS + " folds fit the data; use a longer step");
      }
      long trainFrom = w.anchored() ? start : testFrom - w.trainMillis();
      folds.add(
          new Fold(
              folds.size() + 1, new Window(trainFrom, testFrom), new Window(testFrom, testTo)));
    }
    if (folds.isEmpty()) {
      throw new IllegalArgumentException(
          "train + test ("
              + days(w.trainMillis() + w.testMillis())
              + ") do not fit the data ("
              + days(end - start)
              + " from "
              + new Window(start, end)
              + ")");
    }
    return folds;
  }

  private static String days(long ms) {
    return String.format(java.util.Locale.ROOT, "%.1f days", ms / 86_400_000.0);
  }
}
