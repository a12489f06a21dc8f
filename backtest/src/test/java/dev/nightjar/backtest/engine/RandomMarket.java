package dev.nightjar.backtest.engine;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.util.SplittableRandom;

/** Seeded synthetic markets and target arrays for reference and property tests. */
final class RandomMarket {
  private RandomMarket() {}

  /**
   * A geometric random walk of n hourly bars from 100: each open gaps by up to ±0.5 % from the
   * previous close, close = open·exp(N(0, vol)), high/low extend beyond open and close by |N(0,
   * vol/2)|.
   */
  static BarSeries series(long seed, int n, double vol) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    double prev = 100;
    for (int i = 0; i < n; i++) {
      t[i] = 1_700_000_000_000L / 3_600_000L * 3_600_000L + i * 3_600_000L;
      o[i] = prev * (1 + (rnd.nextDouble() - 0.5) * 0.01);
      c[i] = o[i] * Math.exp(gaussian(rnd) * vol);
      h[i] = Math.max(o[i], c[i]) * (1 + Math.abs(gaussian(rnd)) * vol / 2);
      l[i] = Math.min(o[i], c[i]) * (1 - Math.abs(gaussian(rnd)) * vol / 2);
      v[i] = 1;
      prev = c[i];
    }
    return BarSeries.of(new SeriesId(Symbol.of("RND"), Timeframe.H1), t, o, h, l, c, v);
  }

  /** Targets that change with probability p per bar, to 1, −1, 0 or NaN (keep) at random. */
  static double[] targets(long seed, int n, double p) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    double[] t = new double[n];
    double[] values = {1, -1, 0, Double.NaN, 0.5, -2};
    for (int i = 0; i < n; i++) {
      t[i] = rnd.nextDouble() < p ? values[rnd.nextInt(values.length)] : Double.NaN;
    }
    return t;
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }
}
