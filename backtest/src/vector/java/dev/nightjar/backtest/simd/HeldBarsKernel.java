package dev.nightjar.backtest.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The per-bar arithmetic of a stretch of bars over which one position is held, {@value #SLOTS} bars
 * per instruction (JDK incubator Vector API, 512-bit registers): equity e = cash + position ·
 * (close − entry), return r = e / e₋₁ − 1, and the partial sums Σr, Σr², Σmin(r, 0)² of {@link
 * dev.nightjar.backtest.metrics.MetricsAccumulator}, which keeps {@value #SLOTS} of each, slot k
 * mod {@value #SLOTS} for the k-th bar it is fed. Each slot adds its bars in bar order with the
 * scalar operations (no fused multiply-add), so the sums are bit for bit those of the scalar loop.
 *
 * <p>The per-group arithmetic is written out three times (first group, loop, last group) on
 * purpose: with it in a helper method taking vectors, C2 (JDK 17) did not always inline the helper
 * and boxed the vectors, and the reinterpretations fell back to Java code (22 % of the sweep's
 * time, and the sweep 2.5 times slower).
 *
 * <p>Call only when {@link Simd#available()}: this class needs the module {@code
 * jdk.incubator.vector}. It lives in its own source folder because JDK 17's javac warns on every
 * use of an incubator module, a warning no lint option turns off, and the rest of the module
 * compiles with {@code -Werror}.
 */
public final class HeldBarsKernel {
  /** Partial sums per quantity: one per lane of a 512-bit register of doubles. */
  public static final int SLOTS = 8;

  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_512;
  private static final DoubleVector LANE =
      DoubleVector.fromArray(DOUBLES, new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 0);
  private static final DoubleVector MINUS_ZERO = DoubleVector.broadcast(DOUBLES, -0.0);

  /** Doubles whose bits are the largest and the smallest long: lanes that leave min and max be. */
  private static final DoubleVector NO_LOW =
      DoubleVector.broadcast(DOUBLES, Double.longBitsToDouble(Long.MAX_VALUE));

  private static final DoubleVector NO_HIGH =
      DoubleVector.broadcast(DOUBLES, Double.longBitsToDouble(Long.MIN_VALUE));

  private HeldBarsKernel() {}

  /** Whether this JVM runs 512-bit vectors of doubles in hardware (AVX-512), else it emulates. */
  static boolean inHardware() {
    return DoubleVector.SPECIES_PREFERRED.length() >= SLOTS;
  }

  /**
   * Bars [{@code from}, {@code to}) of {@code close}, holding {@code position} units entered at
   * {@code entry} with {@code cash}, after a bar of equity {@code prev}; bar {@code from} goes to
   * slot {@code slot} of {@code sums} (Σr in [0, 8), Σr² in [8, 16), Σmin(r, 0)² in [16, 24)).
   *
   * <p>The caller's drawdown needs each bar's equity against the running peak; the kernel only
   * tracks the lowest and highest equity (their bits, which order positive doubles as their
   * values). When every equity lies in (0, {@code peak}), no bar makes a new peak: it adds to the
   * sums and returns the lowest equity, from which the caller has the drawdown (within one episode
   * max(1 − e/peak) = 1 − min(e)/peak). Otherwise it leaves the sums as they were and returns NaN,
   * and the caller runs its scalar loop; so it does when the stretch is empty or the bars do not
   * fit the kernel's loads: the bar before {@code from}'s group of 8 (index from − slot − 1) and
   * bars {@code to} … {@code to + 7} must exist.
   *
   * <p>The first and last group of 8 bars go through masks (a stretch within one group has only the
   * first, masked at both ends). Lanes outside the stretch get r = −0.0: Σr adds −0.0, the exact
   * identity of addition, and the squared sums add +0.0, exact too because a sum of squares is
   * never −0.0. For the lowest and highest equity they take the bits of the largest and the
   * smallest long.
   */
  public static double hold(
      double[] close,
      int from,
      int to,
      double cash,
      double position,
      double entry,
      double prev,
      int slot,
      double peak,
      double[] sums) {
    int i = from - slot;
    if (i < 1 || to <= from || to + SLOTS > close.length || slot < 0 || slot >= SLOTS) {
      return Double.NaN;
    }
    DoubleVector c = DoubleVector.broadcast(DOUBLES, cash);
    DoubleVector q = DoubleVector.broadcast(DOUBLES, position);
    DoubleVector at = DoubleVector.broadcast(DOUBLES, entry);
    DoubleVector sumR = DoubleVector.fromArray(DOUBLES, sums, 0);
    DoubleVector sumR2 = DoubleVector.fromArray(DOUBLES, sums, SLOTS);
    DoubleVector sumDown2 = DoubleVector.fromArray(DOUBLES, sums, 2 * SLOTS);

    VectorMask<Double> in =
        LANE.compare(VectorOperators.GE, (double) slot)
            .and(LANE.compare(VectorOperators.LT, (double) (to - i)));
    DoubleVector e = c.add(q.mul(DoubleVector.fromArray(DOUBLES, close, i).sub(at)));
    DoubleVector before =
        c.add(q.mul(DoubleVector.fromArray(DOUBLES, close, i - 1).sub(at)))
            .blend(prev, LANE.compare(VectorOperators.EQ, (double) slot));
    DoubleVector r = MINUS_ZERO.blend(e.div(before).sub(1), in);
    sumR = sumR.add(r);
    DoubleVector r2 = r.mul(r);
    sumR2 = sumR2.add(r2);
    sumDown2 =
        sumDown2.add(
            r2.reinterpretAsLongs()
                .and(r.reinterpretAsLongs().lanewise(VectorOperators.ASHR, 63))
                .reinterpretAsDoubles());
    LongVector low = NO_LOW.blend(e, in).reinterpretAsLongs();
    LongVector high = NO_HIGH.blend(e, in).reinterpretAsLongs();

    for (i += SLOTS; i + SLOTS <= to; i += SLOTS) {
      e = c.add(q.mul(DoubleVector.fromArray(DOUBLES, close, i).sub(at)));
      before = c.add(q.mul(DoubleVector.fromArray(DOUBLES, close, i - 1).sub(at)));
      r = e.div(before).sub(1);
      sumR = sumR.add(r);
      r2 = r.mul(r);
      sumR2 = sumR2.add(r2);
      sumDown2 =
          sumDown2.add(
              r2.reinterpretAsLongs()
                  .and(r.reinterpretAsLongs().lanewise(VectorOperators.ASHR, 63))
                  .reinterpretAsDoubles());
      low = low.min(e.reinterpretAsLongs());
      high = high.max(e.reinterpretAsLongs());
    }

    if (i < to) {
      in = LANE.compare(VectorOperators.LT, (double) (to - i));
      e = c.add(q.mul(DoubleVector.fromArray(DOUBLES, close, i).sub(at)));
      before = c.add(q.mul(DoubleVector.fromArray(DOUBLES, close, i - 1).sub(at)));
      r = MINUS_ZERO.blend(e.div(before).sub(1), in);
      sumR = sumR.add(r);
      r2 = r.mul(r);
      sumR2 = sumR2.add(r2);
      sumDown2 =
          sumDown2.add(
              r2.reinterpretAsLongs()
                  .and(r.reinterpretAsLongs().lanewise(VectorOperators.ASHR, 63))
                  .reinterpretAsDoubles());
      low = low.min(NO_LOW.blend(e, in).reinterpretAsLongs());
      high = high.max(NO_HIGH.blend(e, in).reinterpretAsLongs());
    }

    long lowest = low.reduceLanes(VectorOperators.MIN);
    if (lowest <= 0
        || high.compare(VectorOperators.GE, Double.doubleToRawLongBits(peak)).anyTrue()) {
      return Double.NaN;
    }
    sumR.intoArray(sums, 0);
    sumR2.intoArray(sums, SLOTS);
    sumDown2.intoArray(sums, 2 * SLOTS);
    return Double.longBitsToDouble(lowest);
  }
}
