package dev.nightjar.live.runner;

/** What other threads hand the decision thread, through its queue. */
sealed interface Event {
  /** A closed bar from the feed. */
  record BarClosed(Bar bar) implements Event {}

  /** The feed has no more bars. */
  record FeedEnded() implements Event {}

  /** The feed failed. */
  record FeedFailed(Exception error) implements Event {}

  /** Stop taking bars (Ctrl-C, SIGTERM, a caller). */
  record Stop() implements Event {}
}
