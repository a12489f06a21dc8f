package dev.nightjar.backtest.metrics;

import dev.nightjar.data.Checks;
import java.util.Arrays;

/**
 * Accumulates the bars of several runs over one series together, one run per SIMD lane: each run
 * feeds its {@link #add lane} as it would its {@link MetricsAccumulator}, the lane records the
 * pieces of equity, and {@link #accumulate} then computes the returns and sums of every lane at
 * once ({@code HeldBarsKernel}, the JDK incubator Vector API), splitting the bars wherever one lane
 * changes its position. The metrics are bit for bit those of feeding each accumulator directly: the
 * lanes do the scalar operations in the same order, and a lane whose bars reach its peak, or whose
 * inputs fall outside the kernel's exact range (a zero or non-finite cash, position or entry), is
 * fed its recorded pieces one by one instead. A property test checks both paths against the direct
 * one.
 *
 * <p>Needs the module {@code jdk.incubator.vector} ({@code --add-modules jdk.incubator.vector},
 * which the {@code nightjar} launcher passes): see {@link #available()}. Not thread-safe.
 */
public final class EquityLanes {
  private static final boolean AVAILABLE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private static final long NEGATIVE_INFINITY_KEY = key(Double.NEGATIVE_INFINITY);

  private final long[] time;
  private final double[] close;
  private final int width;
  private final Lane[] lanes;
  private final boolean[] inKernel;
  private final int[] cursor;
  private final double[] cash;
  private final double[] position;
  private final double[] entry;
  private final double[] prev;
  private final double[] sumR;
  private final double[] sumR2;
  private final double[] sumDown2;
  private final long[] low;
  private final long[] high;
  private int done;

  /**
   * @param time the series' bar open times; {@code close} its closes (same length, shared, not
   *     copied)
   * @throws IllegalStateException when the Vector API module is not present
   */
  public EquityLanes(long[] time, double[] close) {
    if (!AVAILABLE) {
      throw new IllegalStateException(
          "the module jdk.incubator.vector is not present (run java with --add-modules"
              + " jdk.incubator.vector)");
    }
    this.time = Checks.notNull(time, "time");
    this.close = Checks.notNull(close, "close");
    if (time.length != close.length) {
      throw new IllegalArgumentException(
          "time has " + time.length + " bars, close " + close.length);
    }
    this.width = HeldBarsKernel.WIDTH;
    this.lanes = new Lane[width];
    this.inKernel = new boolean[width];
    this.cursor = new int[width];
    this.cash = new double[width];
    this.position = new double[width];
    this.entry = new double[width];
    this.prev = new double[width];
    this.sumR = new double[width];
    this.sumR2 = new double[width];
    this.sumDown2 = new double[width];
    this.low = new long[width];
    this.high = new long[width];
  }

  /** Whether the Vector API module is present, so lanes can be made. */
  public static boolean available() {
    return AVAILABLE;
  }

  /** Lanes per group: the doubles in one vector register (8 with AVX-512, 4 with AVX2). */
  public int width() {
    return width;
  }

  /** Bars accumulated so far. */
  public int done() {
    return done;
  }

  /**
   * A free lane feeding {@code accumulator}, which has been fed bars up to {@link #done()}.
   *
   * @throws IllegalStateException when all {@link #width()} lanes are taken
   */
  public EquitySink add(MetricsAccumulator accumulator) {
    Checks.notNull(accumulator, "accumulator");
    for (int j = 0; j < width; j++) {
      if (lanes[j] == null) {
        lanes[j] = new Lane(accumulator, done);
        return lanes[j];
      }
    }
    throw new IllegalStateException("all " + width + " lanes are taken");
  }

  /** Frees the lane of {@code sink} (a run that failed): what it recorded is dropped. */
  public void remove(EquitySink sink) {
    for (int j = 0; j < width; j++) {
      if (lanes[j] == sink) {
        lanes[j] = null;
      }
    }
  }

  /**
   * Feeds every lane's recorded bars, [{@link #done()}, {@code to}), to its accumulator.
   *
   * @throws IllegalStateException when a lane has not recorded exactly those bars
   */
  public void accumulate(int to) {
    if (to < done || to > close.length) {
      throw new IllegalArgumentException("to must be in [" + done + ", " + close.length + "]");
    }
    boolean any = false;
    for (int j = 0; j < width; j++) {
      Lane lane = lanes[j];
      if (lane != null && lane.next != to) {
        throw new IllegalStateException(
            "lane " + j + " recorded bars up to " + lane.next + ", not " + to);
      }
      inKernel[j] = lane != null && lane.exact && lane.accumulator.started() && to > done;
      any |= inKernel[j];
    }
    if (any) {
      runKernel(to);
    }
    for (int j = 0; j < width; j++) {
      Lane lane = lanes[j];
      if (lane == null) {
        continue;
      }
      if (inKernel[j]
          && high[j] < key(lane.accumulator.peak())
          && low[j] >= NEGATIVE_INFINITY_KEY) {
        lane.accumulator.afterLane(
            to - done,
            lane.exposed,
            prev[j],
            sumR[j],
            sumR2[j],
            sumDown2[j],
            value(low[j]),
            time[to - 1]);
      } else {
        lane.replay(time, close, to);
      }
      lane.clear(to);
    }
    done = to;
  }

  /**
   * Runs the kernel over [{@link #done()}, {@code to}) in pieces over which no lane in the kernel
   * changes its position; the other lanes hold a flat dummy.
   */
  private void runKernel(int to) {
    for (int j = 0; j < width; j++) {
      cursor[j] = 0;
      low[j] = Long.MAX_VALUE;
      high[j] = Long.MIN_VALUE;
      if (inKernel[j]) {
        MetricsAccumulator a = lanes[j].accumulator;
        prev[j] = a.prevEquity();
        sumR[j] = a.sumR();
        sumR2[j] = a.sumR2();
        sumDown2[j] = a.sumDown2();
        load(j, 0);
      } else {
        prev[j] = 1;
        cash[j] = 1;
        position[j] = 0;
        entry[j] = 0;
      }
    }
    int from = done;
    while (from < to) {
      int end = to;
      for (int j = 0; j < width; j++) {
        if (inKernel[j]) {
          end = Math.min(end, lanes[j].end(cursor[j], to));
        }
      }
      HeldBarsKernel.hold(
          close, from, end, cash, position, entry, prev, sumR, sumR2, sumDown2, low, high);
      for (int j = 0; j < width; j++) {
        if (inKernel[j] && end < to && lanes[j].end(cursor[j], to) == end) {
          load(j, ++cursor[j]);
        }
      }
      from = end;
    }
  }

  private void load(int j, int piece) {
    Lane lane = lanes[j];
    cash[j] = lane.cash[piece];
    position[j] = lane.position[piece];
    entry[j] = lane.entry[piece];
  }

  /**
   * The bits of {@code x} as a signed long in the order of the values: a negative's magnitude bits
   * are flipped, so the keys of −x &lt; −y compare as the values do, and −0 sorts below +0. NaNs
   * sort beyond the infinity of their sign. Its own inverse.
   */
  static long key(double x) {
    long bits = Double.doubleToRawLongBits(x);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  private static double value(long key) {
    return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
  }

  /**
   * One run's recorded pieces since the last {@link #accumulate}: piece k covers bars [start[k],
   * start[k + 1]) (the last one up to the accumulation's end) at cash + position · (close − entry).
   * A bar and the stretch after it that hold the same position make one piece. A bar exposed while
   * flat at its close (a trade opened and closed in it) is a piece of its own ({@code single}).
   */
  private static final class Lane implements EquitySink {
    private final MetricsAccumulator accumulator;
    private int[] start = new int[16];
    private double[] cash = new double[16];
    private double[] position = new double[16];
    private double[] entry = new double[16];
    private boolean[] single = new boolean[16];
    private int pieces;
    private int next;
    private int exposed;
    private boolean exact = true;

    Lane(MetricsAccumulator accumulator, int next) {
      this.accumulator = accumulator;
      this.next = next;
    }

    @Override
    public void onBar(
        long[] time, double[] close, int bar, double c, double p, double e, boolean isExposed) {
      if (isExposed == (p != 0)) {
        onHeldBars(time, close, bar, bar + 1, c, p, e);
        return;
      }
      start(bar);
      append(bar, c, p, e, true);
      next = bar + 1;
      exposed += isExposed ? 1 : 0;
    }

    @Override
    public void onHeldBars(
        long[] time, double[] close, int from, int to, double c, double p, double e) {
      if (from >= to) {
        return;
      }
      start(from);
      double at = p == 0 ? 0 : e;
      int last = pieces - 1;
      boolean same =
          last >= 0 && !single[last] && cash[last] == c && position[last] == p && entry[last] == at;
      if (!same) {
        append(from, c, p, at, false);
      }
      next = to;
      exposed += p != 0 ? to - from : 0;
    }

    /** Where piece k ends, for an accumulation ending at {@code to}. */
    int end(int k, int to) {
      return k + 1 < pieces ? start[k + 1] : to;
    }

    /** Feeds the pieces to the accumulator one by one, as the run would have. */
    void replay(long[] time, double[] close, int to) {
      for (int k = 0; k < pieces; k++) {
        if (single[k]) {
          accumulator.onBar(
              time, close, start[k], cash[k], position[k], entry[k], position[k] == 0);
        } else {
          accumulator.onHeldBars(time, close, start[k], end(k, to), cash[k], position[k], entry[k]);
        }
      }
    }

    void clear(int to) {
      pieces = 0;
      exposed = 0;
      exact = true;
      next = to;
    }

    private void start(int from) {
      if (from != next) {
        throw new IllegalStateException(
            "bars must come in order: expected bar " + next + ", got " + from);
      }
    }

    /**
     * Appends a piece. The kernel is exact for it when cash is a non-zero finite number and
     * position and entry are finite: then the lanes compute cash + 0 · (close − 0) = cash for a
     * flat piece, as the scalar code does without the product.
     */
    private void append(int from, double c, double p, double e, boolean one) {
      if (pieces == start.length) {
        int grown = pieces * 2;
        start = Arrays.copyOf(start, grown);
        cash = Arrays.copyOf(cash, grown);
        position = Arrays.copyOf(position, grown);
        entry = Arrays.copyOf(entry, grown);
        single = Arrays.copyOf(single, grown);
      }
      start[pieces] = from;
      cash[pieces] = c;
      position[pieces] = p;
      entry[pieces] = e;
      single[pieces] = one;
      pieces++;
      exact &= c != 0 && Double.isFinite(c) && Double.isFinite(p) && Double.isFinite(e);
    }
  }
}
