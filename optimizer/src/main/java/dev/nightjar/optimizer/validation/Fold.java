package dev.nightjar.optimizer.validation;

/**
 * One train/test split: optimize on {@code train}, evaluate on {@code test}, which starts where
 * {@code train} ends.
 *
 * @param number 1-based position in the walk-forward
 * @param train the in-sample window
 * @param test the out-of-sample window, starting at {@code train.to()}
 */
public record Fold(int number, Window train, Window test) {
  public Fold {
    if (number < 1 || train == null || test == null || train.to() != test.from()) {
      throw new IllegalArgumentException(
          "a fold needs number >= 1 and a test window starting where its train window ends, got "
              + number
              + ", "
              + train
              + ", "
              + test);
    }
  }
}
