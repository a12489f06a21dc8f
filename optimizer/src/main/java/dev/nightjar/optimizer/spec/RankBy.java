package dev.nightjar.optimizer.spec;

import java.util.Locale;

/**
 * What the exported ranking sorts by (the spec's {@code rankBy}): the objective in sample, the
 * objective out of sample (the default when the spec validates), or the parameter-plateau ratio of
 * the robustness stage.
 */
public enum RankBy {
  IS,
  OOS,
  PLATEAU;

  /** The spec's spelling: {@code is}, {@code oos}, {@code plateau}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The value for a spec's label.
   *
   * @throws IllegalArgumentException naming the allowed labels
   */
  public static RankBy parse(String label) {
    for (RankBy r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("expected is, oos or plateau, got '" + label + "'");
  }
}
