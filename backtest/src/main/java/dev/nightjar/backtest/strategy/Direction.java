package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;
import java.util.Locale;

/** Which sides a strategy may hold. */
public enum Direction {
  /** Long on buy signals, short on sell signals: each signal reverses the position. */
  LONG_SHORT,
  /** Long on buy signals, flat (instead of short) on sell signals. */
  LONG_ONLY;

  /** Rewrites targets in place for this direction: under {@link #LONG_ONLY}, shorts become flat. */
  public void apply(double[] target) {
    if (this == LONG_ONLY) {
      for (int i = 0; i < target.length; i++) {
        if (target[i] < 0) {
          target[i] = 0;
        }
      }
    }
  }

  /** As {@link #apply(double[])}, on sparse targets. */
  public void apply(SparseTargets targets) {
    apply(targets, 0);
  }

  /** As {@link #apply(SparseTargets)}, on the entries from index {@code first} on. */
  public void apply(SparseTargets targets, int first) {
    if (this == LONG_ONLY) {
      for (int k = first; k < targets.size(); k++) {
        if (targets.value(k) < 0) {
          targets.set(k, 0);
        }
      }
    }
  }

  /** {@code long-short} or {@code long-only}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code long-short} / {@code long-only} (case-insensitive). */
  public static Direction parse(String text) {
    for (Direction d : values()) {
      if (d.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return d;
      }
    }
    throw new IllegalArgumentException("expected long-short or long-only, got '" + text + "'");
  }
}
