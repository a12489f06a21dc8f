package dev.nightjar.backtest.metrics;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The held-bar arithmetic of {@link MetricsAccumulator#onHeldBars} for {@link #WIDTH} accumulators
 * at once, one per SIMD lane (JDK incubator Vector API; this class is loaded only when the module
 * {@code jdk.incubator.vector} is present, see {@link EquityLanes}). Each lane does exactly the
 * scalar operations in the same order — no fused multiply-add, no reassociation — so its sums are
 * bit for bit the scalar ones.
 *
 * <p>It lives in its own source folder because JDK 17's javac warns on every use of an incubator
 * module, a warning no lint option turns off, and the rest of the module compiles with {@code
 * -Werror}.
 */
final class HeldBarsKernel {
  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Long> LONGS =
      VectorSpecies.of(long.class, DOUBLES.vectorShape());

  /** Lanes per call: 8 with AVX-512, 4 with AVX2. */
  static final int WIDTH = DOUBLES.length();

  private HeldBarsKernel() {}

  /**
   * Bars [{@code from}, {@code to}), in which lane j holds {@code position[j]} units entered at
   * {@code entry[j]} with {@code cash[j]}: equity e = cash + position · (close − entry), return r =
   * e / prev − 1, then Σr, Σr², Σmin(r, 0)² (by the sign bit, as {@link
   * MetricsAccumulator#negativePart}) and prev = e. It also folds each lane's equity into {@code
   * low} and {@code high}, as the ordered keys of {@link #key}, for the caller's drawdown: the
   * kernel itself never branches on a lane.
   */
  static void hold(
      double[] close,
      int from,
      int to,
      double[] cash,
      double[] position,
      double[] entry,
      double[] prev,
      double[] sumR,
      double[] sumR2,
      double[] sumDown2,
      long[] low,
      long[] high) {
    DoubleVector c = DoubleVector.fromArray(DOUBLES, cash, 0);
    DoubleVector q = DoubleVector.fromArray(DOUBLES, position, 0);
    DoubleVector e = DoubleVector.fromArray(DOUBLES, entry, 0);
    DoubleVector p = DoubleVector.fromArray(DOUBLES, prev, 0);
    DoubleVector s1 = DoubleVector.fromArray(DOUBLES, sumR, 0);
    DoubleVector s2 = DoubleVector.fromArray(DOUBLES, sumR2, 0);
    DoubleVector sd = DoubleVector.fromArray(DOUBLES, sumDown2, 0);
    LongVector lo = LongVector.fromArray(LONGS, low, 0);
    LongVector hi = LongVector.fromArray(LONGS, high, 0);
    for (int i = from; i < to; i++) {
      DoubleVector equity = c.add(q.mul(DoubleVector.broadcast(DOUBLES, close[i]).sub(e)));
      DoubleVector r = equity.div(p).sub(1);
      p = equity;
      s1 = s1.add(r);
      s2 = s2.add(r.mul(r));
      LongVector rBits = r.reinterpretAsLongs();
      DoubleVector down =
          rBits.and(rBits.lanewise(VectorOperators.ASHR, 63)).reinterpretAsDoubles();
      sd = sd.add(down.mul(down));
      LongVector k = key(equity.reinterpretAsLongs());
      lo = lo.min(k);
      hi = hi.max(k);
    }
    p.intoArray(prev, 0);
    s1.intoArray(sumR, 0);
    s2.intoArray(sumR2, 0);
    sd.intoArray(sumDown2, 0);
    lo.intoArray(low, 0);
    hi.intoArray(high, 0);
  }

  /**
   * The bits of a double made into a signed long in the order of the values (the scalar form is
   * {@link EquityLanes#key}): the magnitude bits of negatives are flipped, so −x sorts below −y
   * when x &gt; y, and −0 below +0. NaNs sort beyond the infinities on their sign's side.
   */
  private static LongVector key(LongVector bits) {
    return bits.lanewise(
        VectorOperators.XOR,
        bits.lanewise(VectorOperators.ASHR, 63).lanewise(VectorOperators.AND, Long.MAX_VALUE));
  }
}
