package dev.nightjar.optimizer.validation;

import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.spec.ValidationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folds of a validated sweep over its series, and its <em>units</em>: the in-sample stage runs
 * the ordinary sweep with one unit per (fold, symbol), whose series is the symbol's train window (a
 * zero-copy view), so the results log, manifest, resume and crash safety cover validation
 * unchanged. Units are fold-major: unit {@code f · symbols + s} is fold f (0-based) of symbol s, so
 * result rows come fold by fold.
 *
 * <p>The folds are cut from the span all series share: from the latest first bar to the earliest
 * end (last open time + one bar). Bars outside that span are never trained on, but bars before a
 * test window serve as its warm-up.
 */
public final class FoldPlan {
  private final List<Fold> folds;
  private final List<BarSeries> series;
  private final List<BarSeries> trainSeries;

  private FoldPlan(List<Fold> folds, List<BarSeries> series) {
    this.folds = List.copyOf(folds);
    this.series = List.copyOf(series);
    List<BarSeries> train = new ArrayList<>();
    for (Fold f : folds) {
      for (BarSeries s : series) {
        train.add(s.between(f.train().from(), f.train().to()));
      }
    }
    this.trainSeries = List.copyOf(train);
  }

  /**
   * The plan of {@code validation} over {@code series}.
   *
   * @param lookback train windows must hold more bars than this on every series
   * @throws IllegalArgumentException when the folds do not fit the data: no fold fits the common
   *     span, a train window holds {@code <= lookback} bars or a test window fewer than 2 bars on
   *     some series (a gap in the data)
   */
  public static FoldPlan of(ValidationSpec validation, List<BarSeries> series, int lookback) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a validation needs at least one series");
    }
    long start = Long.MIN_VALUE;
    long end = Long.MAX_VALUE;
    for (BarSeries s : series) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException(s.id() + " has no bars");
      }
      start = Math.max(start, s.firstTime());
      end = Math.min(end, s.lastTime() + s.timeframe().millis());
    }
    if (start >= end) {
      throw new IllegalArgumentException("the series share no time span to validate on");
    }
    FoldPlan plan = new FoldPlan(Folds.of(validation, start, end), series);
    for (int u = 0; u < plan.units(); u++) {
      Fold f = plan.fold(u);
      BarSeries s = series.get(plan.symbol(u));
      int train = plan.trainSeries.get(u).size();
      int test = plan.testTo(u) - plan.testFrom(u);
      if (train <= lookback) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "fold %d of %s trains on %d bars (%s), not more than the longest look-back (%d"
                    + " bars); use a longer train window",
                f.number(),
                s.id(),
                train,
                f.train(),
                lookback));
      }
      if (test < 2) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "fold %d of %s tests on %d bars (%s); a test window needs at least 2",
                f.number(),
                s.id(),
                test,
                f.test()));
      }
    }
    return plan;
  }

  public List<Fold> folds() {
    return folds;
  }

  /** The full series, by symbol index. */
  public List<BarSeries> series() {
    return series;
  }

  public int symbols() {
    return series.size();
  }

  /** (fold, symbol) pairs: {@code folds × symbols}. */
  public int units() {
    return trainSeries.size();
  }

  /** The unit of fold index {@code f} (0-based) and symbol {@code s}. */
  public int unit(int f, int s) {
    return f * series.size() + s;
  }

  /** The fold of a unit. */
  public Fold fold(int unit) {
    return folds.get(unit / series.size());
  }

  /** The symbol index of a unit. */
  public int symbol(int unit) {
    return unit % series.size();
  }

  /** Every unit's train window as a view of its symbol's series, by unit. */
  public List<BarSeries> trainSeries() {
    return trainSeries;
  }

  /** First bar of the unit's test window in its symbol's full series. */
  public int testFrom(int unit) {
    return series.get(symbol(unit)).lowerBound(fold(unit).test().from());
  }

  /** One past the last bar of the unit's test window in its symbol's full series. */
  public int testTo(int unit) {
    return series.get(symbol(unit)).lowerBound(fold(unit).test().to());
  }

  /** {@code DEMO-BTC:1h#03}: how the manifest names a unit. */
  public String unitName(int unit) {
    return String.format(
        Locale.ROOT, "%s#%02d", series.get(symbol(unit)).id(), fold(unit).number());
  }
}
