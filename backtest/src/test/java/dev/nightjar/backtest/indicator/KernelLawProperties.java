package dev.nightjar.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Per-kernel laws on seeded random walks (random volatility, some flat stretches). */
class KernelLawProperties {

  /** A random walk whose closes are flat over every third stretch of 7 bars (ranges collapse). */
  static TestBars bars(long seed, int n, double step) {
    TestBars b = TestBars.randomWalk(seed, n, 100, step);
    for (int i = 1; i < n; i++) {
      if ((i / 7) % 3 == 2) {
        b.open()[i] = b.close()[i - 1];
        b.close()[i] = b.close()[i - 1];
        b.high()[i] = b.close()[i];
        b.low()[i] = b.close()[i];
      }
    }
    return b;
  }

  @Property(tries = 100)
  void smaOfAConstantIsTheConstant(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double c,
      @ForAll @IntRange(min = 1, max = 40) int period,
      @ForAll @IntRange(min = 0, max = 100) int n) {
    double[] x = new double[n];
    Arrays.fill(x, c);
    double[] sma = Sma.compute(x, period);
    for (int i = Sma.warmup(period); i < n; i++) {
      assertEquals(c, sma[i], 1e-12 * Math.max(1, Math.abs(c)), "at " + i);
    }
  }

  @Property(tries = 100)
  void smaIsAffine(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int period,
      @ForAll @IntRange(min = 0, max = 200) int n,
      @ForAll @DoubleRange(min = -100, max = 100) double a,
      @ForAll @DoubleRange(min = -1e4, max = 1e4) double b) {
    double[] x = TestBars.randomWalk(seed, n).close();
    double[] y = new double[n];
    double scale = 1;
    for (int i = 0; i < n; i++) {
      y[i] = a * x[i] + b;
      scale = Math.max(scale, Math.abs(a * x[i]) + Math.abs(b));
    }
    double[] smaX = Sma.compute(x, period);
    double[] smaY = Sma.compute(y, period);
    for (int i = Sma.warmup(period); i < n; i++) {
      assertEquals(a * smaX[i] + b, smaY[i], 1e-9 * scale, "at " + i);
    }
  }

  @Property(tries = 150)
  void oscillatorsStayInTheirRanges(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 30) int period,
      @ForAll @IntRange(min = 0, max = 200) int n,
      @ForAll @DoubleRange(min = 0.001, max = 0.1) @Scale(4) double step) {
    TestBars b = bars(seed, n, step);
    double[] rsi = Rsi.compute(b.close(), period);
    double[] willr = WilliamsR.compute(b.high(), b.low(), b.close(), period);
    double[] k = new double[n];
    double[] d = new double[n];
    Stochastic.compute(b.high(), b.low(), b.close(), period, 3, 3, k, d);
    double[] down = new double[n];
    double[] up = new double[n];
    Aroon.compute(b.high(), b.low(), period, down, up);
    for (int i = 0; i < n; i++) {
      if (i >= Rsi.warmup(period)) {
        assertTrue(rsi[i] >= 0 && rsi[i] <= 100, "rsi " + rsi[i] + " at " + i);
      }
      if (i >= WilliamsR.warmup(period)) {
        assertTrue(willr[i] >= -100 && willr[i] <= 0, "willr " + willr[i] + " at " + i);
      }
      if (i >= Stochastic.warmup(period, 3, 3)) {
        assertTrue(k[i] >= -1e-9 && k[i] <= 100 + 1e-9, "stoch k " + k[i] + " at " + i);
        assertTrue(d[i] >= -1e-9 && d[i] <= 100 + 1e-9, "stoch d " + d[i] + " at " + i);
      }
      if (i >= Aroon.warmup(period)) {
        assertTrue(up[i] >= 0 && up[i] <= 100 && down[i] >= 0 && down[i] <= 100, "aroon " + i);
      }
    }
  }

  @Property(tries = 150)
  void bandsAreOrderedAndRangesNonNegative(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 30) int period,
      @ForAll @IntRange(min = 0, max = 200) int n,
      @ForAll @DoubleRange(min = 0, max = 4) double k) {
    TestBars b = bars(seed, n, 0.02);
    double[][] bb = {new double[n], new double[n], new double[n]};
    BollingerBands.compute(b.close(), period, k, bb[0], bb[1], bb[2]);
    double[][] dc = {new double[n], new double[n], new double[n]};
    Donchian.compute(b.high(), b.low(), period, dc[0], dc[1], dc[2]);
    double[] atr = Atr.compute(b.high(), b.low(), b.close(), period);
    double[] sd = RollingStdDev.compute(b.close(), period);
    for (int i = period; i < n; i++) {
      assertTrue(bb[0][i] >= bb[1][i] && bb[1][i] >= bb[2][i], "bbands order at " + i);
      assertTrue(dc[0][i] >= dc[1][i] && dc[1][i] >= dc[2][i], "donchian order at " + i);
      assertTrue(atr[i] >= 0, "atr " + atr[i] + " at " + i);
      assertTrue(sd[i] >= 0, "stddev " + sd[i] + " at " + i);
    }
  }

  @Property(tries = 100)
  void obvMovesByTheVolumeInTheDirectionOfTheClose(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int n) {
    TestBars b = bars(seed, n, 0.02);
    double[] obv = Obv.compute(b.close(), b.volume());
    for (int i = 1; i < n; i++) {
      double change = obv[i] - obv[i - 1];
      double expected = Math.signum(b.close()[i] - b.close()[i - 1]) * b.volume()[i];
      assertEquals(expected, change, 1e-9 * Math.max(1, Math.abs(obv[i])), "at " + i);
    }
    if (n > 0) {
      assertEquals(b.volume()[0], obv[0]);
    }
  }
}
