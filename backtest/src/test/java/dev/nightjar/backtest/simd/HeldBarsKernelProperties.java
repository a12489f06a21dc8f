package dev.nightjar.backtest.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link HeldBarsKernel} against a plain loop written here: the same partial sums bit for bit, the
 * lowest equity, and a refusal that leaves the sums alone whenever a bar's equity is not in (0,
 * peak) or the loads would leave the array. Needs the Vector API module, which the build's surefire
 * configuration always passes; where the CPU has no 512-bit vectors the kernel runs emulated, so
 * its exactness is checked even where the engine would not call it.
 */
class HeldBarsKernelProperties {
  private static final int SLOTS = HeldBarsKernel.SLOTS;

  /**
   * A random walk, a random stretch inside it (sometimes near its end) and a random starting slot
   * and state: the kernel either takes the stretch, with the plain loop's sums bit for bit and its
   * lowest equity, or declines, leaving the sums alone, exactly when the plain loop sees an equity
   * outside (0, peak) or fewer than 8 bars follow the stretch. Stretches of 1 to 300 bars, so that
   * many start and end in the same group of 8. One try in four sets the peak to the stretch's
   * highest equity exactly, and one in eight below the cash.
   */
  @Property(tries = 400)
  void takesAStretchExactlyAsThePlainLoopOrDeclinesIt(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 0, max = 7) int slot) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int from = 9 + rnd.nextInt(8);
    int to = from + length;
    int n = to + rnd.nextInt(16);
    double[] close = walk(rnd, n);
    double cash = 500 + rnd.nextDouble() * 1000;
    double position = (rnd.nextInt(3) - 1) * rnd.nextDouble() * 20;
    double entry = close[from] * (0.95 + 0.1 * rnd.nextDouble());
    double prev = 400 + rnd.nextDouble() * 1200;
    double highest = maxEquity(close, from, to, cash, position, entry);
    double peak =
        switch (rnd.nextInt(8)) {
          case 0, 1 -> highest;
          case 2 -> cash * 0.99;
          default -> 1500 + rnd.nextDouble() * 1000;
        };
    double[] sums = new double[3 * SLOTS];
    for (int k = 0; k < sums.length; k++) {
      sums[k] = rnd.nextDouble() - 0.5;
    }
    double[] expected = sums.clone();
    double lowest = plainLoop(close, from, to, cash, position, entry, prev, slot, expected);
    boolean inRange = lowest > 0 && highest < peak;
    boolean fits = to + SLOTS <= n;

    double[] actual = sums.clone();
    double taken =
        HeldBarsKernel.hold(close, from, to, cash, position, entry, prev, slot, peak, actual);

    if (inRange && fits) {
      assertEquals(lowest, taken);
      assertArrayEquals(expected, actual);
    } else {
      assertTrue(Double.isNaN(taken), "took an equity outside (0, peak) or bars that do not fit");
      assertArrayEquals(sums, actual);
    }
  }

  /** Cash so low that a long position's equity turns negative: declined, sums untouched. */
  @Test
  void declinesANegativeEquity() {
    double[] close = walk(new SplittableRandom(3), 200);
    double[] sums = new double[3 * SLOTS];
    Arrays.fill(close, 100, 110, 1);
    double taken = HeldBarsKernel.hold(close, 20, 150, 10, 1, 100, 10, 4, 1e9, sums);
    assertTrue(Double.isNaN(taken));
    assertArrayEquals(new double[3 * SLOTS], sums);
  }

  /**
   * Bars at the ends of the series: the bar before the first group of 8 and the 8 after the stretch
   * must exist. A stretch of one bar is taken, an empty one declined.
   */
  @Test
  void declinesBarsAtTheEndsOfTheSeries() {
    double[] close = walk(new SplittableRandom(5), 100);
    double[] sums = new double[3 * SLOTS];
    assertTrue(Double.isNaN(HeldBarsKernel.hold(close, 3, 50, 1000, 0, 0, 1000, 3, 2000, sums)));
    assertTrue(Double.isNaN(HeldBarsKernel.hold(close, 50, 93, 1000, 0, 0, 1000, 2, 2000, sums)));
    assertTrue(Double.isNaN(HeldBarsKernel.hold(close, 50, 50, 1000, 0, 0, 1000, 2, 2000, sums)));
    assertEquals(1000, HeldBarsKernel.hold(close, 50, 51, 1000, 0, 0, 1000, 2, 2000, sums));
    assertTrue(
        HeldBarsKernel.hold(close, 50, 92, 1000, 0, 0, 1000, 2, 2000, sums) == 1000,
        "the last stretch that fits is taken");
  }

  private static double[] walk(SplittableRandom rnd, int n) {
    double[] close = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      price *= Math.exp(0.03 * (rnd.nextDouble() - 0.5));
      close[i] = price;
    }
    return close;
  }

  /**
   * The definition: bar i of the stretch adds to slot (slot + i − from) mod 8 its r = e / e₋₁ − 1,
   * r² and min(r, 0)²; returns the lowest equity.
   */
  private static double plainLoop(
      double[] close,
      int from,
      int to,
      double cash,
      double position,
      double entry,
      double prev,
      int slot,
      double[] sums) {
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = from; i < to; i++) {
      double e = position == 0 ? cash : cash + position * (close[i] - entry);
      double r = e / prev - 1;
      prev = e;
      int k = (slot + i - from) % SLOTS;
      sums[k] += r;
      sums[SLOTS + k] += r * r;
      double down = Math.min(r, 0);
      sums[2 * SLOTS + k] += down * down;
      lowest = Math.min(lowest, e);
    }
    return lowest;
  }

  private static double maxEquity(
      double[] close, int from, int to, double cash, double position, double entry) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      max = Math.max(max, position == 0 ? cash : cash + position * (close[i] - entry));
    }
    return max;
  }
}
