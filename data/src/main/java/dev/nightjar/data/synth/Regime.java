package dev.nightjar.data.synth;

/**
 * The market-wide state of the synthetic market's drift, a Markov chain on 1m steps: each minute
 * the chain leaves its state with probability {@code 1 / (meanDays * 1440)} (so durations are
 * geometric with that mean) and moves to one of the two other states with equal probability.
 */
enum Regime {
  /** Up-trend: drift +0.25 daily sigmas per day, mean duration 12 days. */
  BULL(0.25, 12),
  /** Down-trend: drift -0.3 daily sigmas per day, mean duration 8 days. */
  BEAR(-0.3, 8),
  /**
   * Range: no drift, but each log price is pulled back to its level when the range began with a
   * half-life of 12 hours, which holds it within about 0.6 daily sigmas; mean duration 14 days.
   */
  RANGE(0, 14);

  /** Drift in units of the symbol's daily volatility per day. */
  final double driftSigmasPerDay;

  /** Per-minute probability of leaving this state. */
  final double leaveProbability;

  Regime(double driftSigmasPerDay, double meanDays) {
    this.driftSigmasPerDay = driftSigmasPerDay;
    this.leaveProbability = 1 / (meanDays * 1440);
  }

  /** The state after leaving this one, given a uniform draw in [0, 1). */
  Regime next(double u) {
    Regime[] all = values();
    int skip = u < 0.5 ? 1 : 2;
    return all[(ordinal() + skip) % all.length];
  }
}
