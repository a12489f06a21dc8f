package dev.nightjar.backtest.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HeldBarsKernel} against a plain loop written here: the same partial sums bit for bit, the
 * lowest equity, and a refusal that leaves the sums alone whenever a bar's equity is not in (0,
 * peak) or the loads would leave the array. Runs where {@link Simd#available()} (surefire passes
 * the module; this machine has AVX-512).
 */
class HeldBarsKernelProperties {
  private static final int SLOTS = HeldBarsKernel.SLOTS;

  @BeforeEach
  void needsSimd() {
    assumeTrue(Simd.available(), "no Vector API module or no 512-bit vectors");
  }

  /**
   * A random walk, a random stretch inside it and a random starting slot and state: the kernel
   * either takes the stretch, with the plain loop's sums bit for bit and its lowest equity, or
   * declines exactly when the plain loop sees an equity outside (0, peak) or the stretch ends
   * within its first group of 8 bars.
   */
  @Property(tries = 400)
  void takesAStretchExactlyAsThePlainLoopOrDeclinesIt(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 0, max = 7) int slot) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = length + 40;
    double[] close = walk(rnd, n);
    int from = 9 + rnd.nextInt(8);
    int to = Math.min(n - 8, from + length);
    double cash = 500 + rnd.nextDouble() * 1000;
    double position = (rnd.nextInt(3) - 1) * rnd.nextDouble() * 20;
    double entry = close[from] * (0.95 + 0.1 * rnd.nextDouble());
    double prev = 400 + rnd.nextDouble() * 1200;
    double peak = rnd.nextInt(4) == 0 ? cash * 0.99 : 1500 + rnd.nextDouble() * 1000;
    double[] sums = new double[3 * SLOTS];
    for (int k = 0; k < sums.length; k++) {
      sums[k] = rnd.nextDouble() - 0.5;
    }
    double[] expected = sums.clone();
    double lowest = plainLoop(close, from, to, cash, position, entry, prev, slot, expected);
    boolean inRange = lowest > 0 && maxEquity(close, from, to, cash, position, entry) < peak;
    boolean fills = to >= from - slot + SLOTS;

    double[] actual = sums.clone();
    double taken =
        HeldBarsKernel.hold(close, from, to, cash, position, entry, prev, slot, peak, actual);

    if (inRange && fills) {
      assertEquals(lowest, taken);
      assertArrayEquals(expected, actual);
    } else {
      assertTrue(
          Double.isNaN(taken), "took an equity outside (0, peak) or a first group cut short");
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
   * must exist.
   */
  @Test
  void declinesBarsAtTheEndsOfTheSeries() {
    double[] close = walk(new SplittableRandom(5), 100);
    double[] sums = new double[3 * SLOTS];
    assertTrue(Double.isNaN(HeldBarsKernel.hold(close, 3, 50, 1000, 0, 0, 1000, 3, 2000, sums)));
    assertTrue(Double.isNaN(HeldBarsKernel.hold(close, 50, 93, 1000, 0, 0, 1000, 2, 2000, sums)));
    assertTrue(Double.isNaN(HeldBarsKernel.hold(close, 50, 55, 1000, 0, 0, 1000, 2, 2000, sums)));
    assertEquals(1000, HeldBarsKernel.hold(close, 50, 56, 1000, 0, 0, 1000, 2, 2000, sums));
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
