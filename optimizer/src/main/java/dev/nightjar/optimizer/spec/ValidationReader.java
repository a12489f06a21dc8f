package dev.nightjar.optimizer.spec;

import dev.nightjar.data.Timeframe;
import dev.nightjar.optimizer.json.JsonField;
import java.math.BigDecimal;
import java.util.Set;

/** Reads a spec's {@code validation} and {@code rankBy} (see {@link SweepSpec#read}). */
final class ValidationReader {
  private static final Set<String> WALK_FORWARD_FIELDS =
      Set.of("train", "test", "step", "anchored");

  private ValidationReader() {}

  /**
   * The validation, or {@code null} when absent or invalid (then with a problem).
   *
   * @param timeframe the sweep's timeframe, or {@code null} when it is invalid (checks skipped)
   * @param lookback {@link SweepSpec#longestLookback()}, or 0 when unknown (check skipped)
   */
  static ValidationSpec read(JsonField f, Timeframe timeframe, int lookback) {
    if (f.isMissing() || !f.requireObject(Set.of("holdout", "walkForward"))) {
      return null;
    }
    JsonField holdout = f.get("holdout");
    JsonField walk = f.get("walkForward");
    if (holdout.isMissing() == walk.isMissing()) {
      f.problem("give exactly one of holdout or walkForward, got " + f.describe());
      return null;
    }
    return holdout.isMissing() ? walkForward(walk, timeframe, lookback) : holdout(holdout);
  }

  /** {@code "25%"}: the share of the time span held out, strictly between 0% and 100%. */
  private static ValidationSpec holdout(JsonField f) {
    String text = f.requireText();
    if (text == null) {
      return null;
    }
    if (text.matches("\\d{1,3}(\\.\\d{1,6})?%")) {
      double share = new BigDecimal(text.substring(0, text.length() - 1)).doubleValue() / 100;
      if (share > 0 && share < 1) {
        return new ValidationSpec.Holdout(share);
      }
    }
    f.problem("expected a percentage strictly between 0% and 100% such as \"25%\", got " + text);
    return null;
  }

  private static ValidationSpec walkForward(JsonField f, Timeframe timeframe, int lookback) {
    if (!f.requireObject(WALK_FORWARD_FIELDS)) {
      return null;
    }
    Long train = duration(f.get("train"), null, timeframe);
    Long test = duration(f.get("test"), null, timeframe);
    Long step = duration(f.get("step"), test, timeframe);
    Boolean anchored = f.get("anchored").bool(false);
    if (train == null || test == null || step == null || anchored == null) {
      return null;
    }
    boolean ok = true;
    if (step < test) {
      f.get("step")
          .problem(
              "must be >= test ("
                  + f.get("test").text("")
                  + ") so that test windows do not overlap, got "
                  + f.get("step").text(""));
      ok = false;
    }
    if (timeframe != null && lookback > 0 && train / timeframe.millis() <= lookback) {
      f.get("train")
          .problem(
              f.get("train").text("")
                  + " holds "
                  + train / timeframe.millis()
                  + " bars of "
                  + timeframe.label()
                  + ", not more than the longest look-back in the sweep ("
                  + lookback
                  + " bars): the warm-up would eat the train window; use a longer train");
      ok = false;
    }
    return ok ? new ValidationSpec.WalkForward(train, test, step, anchored) : null;
  }

  /**
   * A required (when {@code fallback} is null) duration holding at least two bars of the timeframe.
   */
  private static Long duration(JsonField f, Long fallback, Timeframe timeframe) {
    if (f.isMissing()) {
      if (fallback == null) {
        f.problem("required");
      }
      return fallback;
    }
    String text = f.text(null);
    if (text == null) {
      return null;
    }
    long ms;
    try {
      ms = Durations.parse(text);
    } catch (IllegalArgumentException e) {
      f.problem(e.getMessage());
      return null;
    }
    if (timeframe != null && ms < 2 * timeframe.millis()) {
      f.problem("must hold at least 2 bars of " + timeframe.label() + ", got " + text);
      return null;
    }
    return ms;
  }

  /** {@code rankBy}: default oos with a validation, else is; oos needs a validation. */
  static RankBy rankBy(JsonField f, boolean validated, boolean validationGiven) {
    String text = f.text(null);
    if (text == null) {
      return validated || validationGiven ? RankBy.OOS : RankBy.IS;
    }
    RankBy r;
    try {
      r = RankBy.parse(text);
    } catch (IllegalArgumentException e) {
      f.problem(e.getMessage());
      return null;
    }
    if (r == RankBy.OOS && !validationGiven) {
      f.problem("oos needs a validation (holdout or walkForward); add one or rank by is");
      return null;
    }
    return r;
  }
}
