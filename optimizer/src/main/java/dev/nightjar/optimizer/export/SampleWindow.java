package dev.nightjar.optimizer.export;

/**
 * A validation window a config's figures came from.
 *
 * @param fold the fold's number, from 1 (a holdout has one fold)
 * @param from start, epoch ms (inclusive)
 * @param to end, epoch ms (exclusive), {@code > from}
 */
public record SampleWindow(int fold, long from, long to) {
  public SampleWindow {
    if (fold < 1 || from >= to) {
      throw new IllegalArgumentException(
          "a window needs fold >= 1 and from < to, got " + fold + ", " + from + ", " + to);
    }
  }
}
