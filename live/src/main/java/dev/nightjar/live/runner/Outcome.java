package dev.nightjar.live.runner;

/** Why a runner stopped. */
public enum Outcome {
  /** The feed had no more bars (end of a replay). */
  FEED_ENDED,
  /** Asked to stop (Ctrl-C, SIGTERM): open orders cancelled if configured, state saved. */
  INTERRUPTED,
  /** The kill switch tripped: open orders cancelled, position flattened if configured. */
  KILLED
}
