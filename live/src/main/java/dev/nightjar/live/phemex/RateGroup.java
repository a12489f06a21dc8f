package dev.nightjar.live.phemex;

import java.util.Locale;

/**
 * A Phemex per-user rate-limit group (PHEMEX.md §1.8): Contract 500/min, SpotOrder 500/min, Others
 * 100/min. Each has response headers {@code x-ratelimit-remaining-<suffix>}, {@code
 * x-ratelimit-capacity-<suffix>} and {@code x-ratelimit-retry-after-<suffix>}; the suffix is empty
 * (and the dash dropped) for Others.
 */
public enum RateGroup {
  CONTRACT("contract", 500),
  SPOT_ORDER("spotorder", 500),
  OTHERS("", 100);

  private final String suffix;
  private final int documentedPerMinute;

  RateGroup(String suffix, int documentedPerMinute) {
    this.suffix = suffix;
    this.documentedPerMinute = documentedPerMinute;
  }

  /** The documented capacity in weight units per minute. */
  public int documentedPerMinute() {
    return documentedPerMinute;
  }

  /** The header name for {@code kind} (remaining, capacity, retry-after), lower case. */
  public String header(String kind) {
    String base = "x-ratelimit-" + kind;
    return suffix.isEmpty() ? base : base + "-" + suffix.toLowerCase(Locale.ROOT);
  }
}
