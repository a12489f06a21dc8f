package dev.nightjar.optimizer.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutOfSampleTest {
  private static final double N = Double.NaN;

  @Test
  void placeCopiesTheWindowAndCarriesTheLastDecisionIntoItsFirstBar() {
    double[] target = {N, 1, N, N, -1, N, N, 1, N};
    double[] span = OutOfSample.span(target.length);
    // Window [2, 4): bar 2 keeps (NaN), the last decision before it is bar 1's long.
    OutOfSample.place(target, 2, 4, span);
    // Window [5, 7): bar 5 keeps, the last decision before it is bar 4's short.
    OutOfSample.place(target, 5, 7, span);
    assertArrayEquals(new double[] {0, 0, 1, N, 0, -1, N, 0, 0}, span);
    // A decision on the first bar stays; nothing decided before stays NaN (flat start).
    double[] other = OutOfSample.span(target.length);
    OutOfSample.place(target, 7, 9, other);
    OutOfSample.place(target, 0, 1, other);
    assertArrayEquals(new double[] {N, 0, 0, 0, 0, 0, 0, 1, N}, other);
  }

  @Test
  void placeChecksItsWindow() {
    double[] t = new double[4];
    assertThrows(IllegalArgumentException.class, () -> OutOfSample.place(t, 2, 2, t.clone()));
    assertThrows(IllegalArgumentException.class, () -> OutOfSample.place(t, 0, 5, t.clone()));
    assertThrows(IllegalArgumentException.class, () -> OutOfSample.place(t, 0, 2, new double[3]));
  }
}
