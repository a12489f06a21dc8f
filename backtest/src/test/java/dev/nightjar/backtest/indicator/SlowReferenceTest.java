package dev.nightjar.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kernels TA-Lib lacks (and the exact standard deviation) against slow, obviously correct
 * references written here: direct loops over each window, O(n * period). Keltner and SuperTrend
 * take their EMA and ATR from TA-Lib. Then, on 1M-bar series, the O(1)-update kernels against the
 * direct window sums at sampled bars: their rolling sums must not drift.
 */
class SlowReferenceTest {
  private static final Core TA = new Core();

  static void near(String label, int i, double expected, double actual) {
    if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
      fail(label + ": at " + i + " expected " + expected + " (reference), got " + actual);
    }
  }

  static void nanBefore(String label, double[] out, int warmup) {
    for (int i = 0; i < Math.min(warmup, out.length); i++) {
      assertTrue(Double.isNaN(out[i]), label + ": expected NaN before warm-up at " + i);
    }
  }

  static double mean(double[] x, int i, int p) {
    double s = 0;
    for (int j = i - p + 1; j <= i; j++) {
      s += x[j];
    }
    return s / p;
  }

  /** Two-pass population standard deviation of the window ending at i. */
  static double sd(double[] x, int i, int p) {
    double m = mean(x, i, p);
    double s = 0;
    for (int j = i - p + 1; j <= i; j++) {
      s += (x[j] - m) * (x[j] - m);
    }
    return Math.sqrt(s / p);
  }

  static double max(double[] x, int i, int p) {
    double m = Double.NEGATIVE_INFINITY;
    for (int j = i - p + 1; j <= i; j++) {
      m = Math.max(m, x[j]);
    }
    return m;
  }

  static double min(double[] x, int i, int p) {
    double m = Double.POSITIVE_INFINITY;
    for (int j = i - p + 1; j <= i; j++) {
      m = Math.min(m, x[j]);
    }
    return m;
  }

  static double zscore(double[] x, int i, int p) {
    double s = sd(x, i, p);
    return s == 0 ? 0 : (x[i] - mean(x, i, p)) / s;
  }

  static double vwap(TestBars b, int i, int p) {
    double pv = 0;
    double v = 0;
    for (int j = i - p + 1; j <= i; j++) {
      pv += (b.high()[j] + b.low()[j] + b.close()[j]) / 3 * b.volume()[j];
      v += b.volume()[j];
    }
    return pv / v;
  }

  static double mid(TestBars b, int i, int p) {
    return (max(b.high(), i, p) + min(b.low(), i, p)) / 2;
  }

  /** TA-Lib output aligned to the input: NaN before its outBegIdx. */
  static double[] aligned(int n, double[] out, MInteger begin, MInteger count) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, Double.NaN);
    System.arraycopy(out, 0, a, begin.value, count.value);
    return a;
  }

  static double[] taEma(double[] x, int p) {
    MInteger b = new MInteger();
    MInteger c = new MInteger();
    double[] out = new double[x.length];
    TA.ema(0, x.length - 1, x, p, b, c, out);
    return aligned(x.length, out, b, c);
  }

  static double[] taAtr(TestBars bars, int p) {
    MInteger b = new MInteger();
    MInteger c = new MInteger();
    int n = bars.size();
    double[] out = new double[n];
    TA.atr(0, n - 1, bars.high(), bars.low(), bars.close(), p, b, c, out);
    return aligned(n, out, b, c);
  }

  @ParameterizedTest(name = "n={0} p={1}")
  @CsvSource({"1, 1", "30, 1", "30, 2", "300, 5", "700, 20", "700, 64"})
  void windowKernelsMatchDirectLoops(int n, int p) {
    TestBars b = TestBars.randomWalk(7L * n + p, n);
    double[] c = b.close();
    double[] sd = RollingStdDev.compute(c, p);
    double[] z = ZScore.compute(c, p);
    double[] vwap = new double[n];
    RollingVwap.compute(b.high(), b.low(), c, b.volume(), p, vwap);
    double[] upper = new double[n];
    double[] middle = new double[n];
    double[] lower = new double[n];
    Donchian.compute(b.high(), b.low(), p, upper, middle, lower);
    int w = p - 1;
    for (double[] out : new double[][] {sd, z, vwap, upper, middle, lower}) {
      nanBefore("window p=" + p, out, w);
    }
    for (int i = w; i < n; i++) {
      near("stddev", i, sd(c, i, p), sd[i]);
      near("zscore", i, zscore(c, i, p), z[i]);
      near("vwap", i, vwap(b, i, p), vwap[i]);
      near("donchian upper", i, max(b.high(), i, p), upper[i]);
      near("donchian lower", i, min(b.low(), i, p), lower[i]);
      near("donchian middle", i, mid(b, i, p), middle[i]);
    }
  }

  @Test
  void zscoreOfAConstantWindowIsZero() {
    double[] z = ZScore.compute(new double[] {5, 5, 5, 6}, 3);
    assertEquals(0.0, z[2]);
    // window {5, 5, 6}: mean 16/3, population sd sqrt(2/9); (6 - 16/3) / (sqrt(2)/3) = 2/sqrt(2)
    assertEquals(Math.sqrt(2), z[3], 1e-12);
  }

  @Test
  void vwapOfAWindowWithoutVolumeIsNaN() {
    double[] h = {2, 2, 2};
    double[] l = {1, 1, 1};
    double[] c = {1.5, 1.5, 1.5};
    double[] out = new double[3];
    RollingVwap.compute(h, l, c, new double[] {5, 0, 0}, 2, out);
    // window {0, 1}: only bar 0 traded, so the VWAP is its typical price (2 + 1 + 1.5) / 3
    assertEquals(1.5, out[1], 1e-15);
    assertTrue(Double.isNaN(out[2]));
  }

  @ParameterizedTest(name = "n={0} p={1} m={2} atr={3}")
  @CsvSource({"5, 3, 2, 2", "300, 20, 2, 10", "300, 5, 1.5, 30", "700, 20, 2.5, 14"})
  void keltnerIsTaLibEmaPlusMinusTaLibAtr(int n, int p, double m, int atrPeriod) {
    TestBars b = TestBars.randomWalk(n + p, n);
    double[] upper = new double[n];
    double[] middle = new double[n];
    double[] lower = new double[n];
    Keltner.compute(b.high(), b.low(), b.close(), p, m, atrPeriod, upper, middle, lower);
    double[] ema = taEma(b.close(), p);
    double[] atr = taAtr(b, atrPeriod);
    int w = Keltner.warmup(p, atrPeriod);
    for (double[] out : new double[][] {upper, middle, lower}) {
      nanBefore("keltner", out, w);
    }
    for (int i = w; i < n; i++) {
      near("keltner middle", i, ema[i], middle[i]);
      near("keltner upper", i, ema[i] + m * atr[i], upper[i]);
      near("keltner lower", i, ema[i] - m * atr[i], lower[i]);
    }
  }

  /** TradingView's Pine v4 SuperTrend, transcribed with arrays per line, on TA-Lib's ATR. */
  @ParameterizedTest(name = "n={0} p={1} m={2}")
  @CsvSource({"3, 2, 3", "300, 10, 3", "700, 7, 1", "700, 14, 0.5"})
  void superTrendMatchesPineDefinition(int n, int p, double m) {
    TestBars b = TestBars.randomWalk(3L * n + p, n);
    double[] h = b.high();
    double[] l = b.low();
    double[] c = b.close();
    double[] atr = taAtr(b, p);
    double[] up = new double[n];
    double[] dn = new double[n];
    int[] trend = new int[n];
    double[] line = new double[n];
    double[] dir = new double[n];
    SuperTrend.compute(h, l, c, p, m, line, dir);
    int w = SuperTrend.warmup(p);
    nanBefore("supertrend line", line, w);
    nanBefore("supertrend dir", dir, w);
    for (int i = w; i < n; i++) {
      double src = (h[i] + l[i]) / 2;
      up[i] = src - m * atr[i];
      double up1 = i == w ? up[i] : up[i - 1];
      if (i > w && c[i - 1] > up1) {
        up[i] = Math.max(up[i], up1);
      }
      dn[i] = src + m * atr[i];
      double dn1 = i == w ? dn[i] : dn[i - 1];
      if (i > w && c[i - 1] < dn1) {
        dn[i] = Math.min(dn[i], dn1);
      }
      int t = i == w ? 1 : trend[i - 1];
      trend[i] = t == -1 && c[i] > dn1 ? 1 : t == 1 && c[i] < up1 ? -1 : t;
      near("supertrend line", i, trend[i] == 1 ? up[i] : dn[i], line[i]);
      assertEquals(trend[i], dir[i], "supertrend dir at " + i);
    }
  }

  @ParameterizedTest(name = "n={0} {1}/{2}/{3}")
  @CsvSource({"50, 9, 26, 52", "400, 9, 26, 52", "200, 3, 5, 8", "200, 7, 4, 2"})
  void ichimokuMatchesDirectWindows(int n, int tenkanP, int kijunP, int senkouP) {
    TestBars b = TestBars.randomWalk(n + tenkanP, n);
    double[] tenkan = new double[n];
    double[] kijun = new double[n];
    double[] spanA = new double[n];
    double[] spanB = new double[n];
    Ichimoku.compute(b.high(), b.low(), tenkanP, kijunP, senkouP, tenkan, kijun, spanA, spanB);
    int w = Ichimoku.warmup(tenkanP, kijunP, senkouP);
    for (double[] out : new double[][] {tenkan, kijun, spanA, spanB}) {
      nanBefore("ichimoku", out, w);
    }
    for (int i = w; i < n; i++) {
      int j = i - kijunP;
      near("tenkan", i, mid(b, i, tenkanP), tenkan[i]);
      near("kijun", i, mid(b, i, kijunP), kijun[i]);
      near("spanA", i, (mid(b, j, tenkanP) + mid(b, j, kijunP)) / 2, spanA[i]);
      near("spanB", i, mid(b, j, senkouP), spanB[i]);
    }
  }

  /**
   * 1M bars at a price level of 1e6 with 0.01% steps: a window's sd (~300) is 1e-4 of the price, so
   * a variance from plain sums of x and x² would lose ~1e-9 relative to cancellation alone, and any
   * drifting running sum more. Sampled bars are checked against direct window computations.
   */
  @Test
  void rollingSumsDoNotDriftOverAMillionBars() {
    int n = 1_000_000;
    int p = 20;
    TestBars b = TestBars.randomWalk(42, n, 1e6, 1e-4);
    double[] c = b.close();
    double[] sma = Sma.compute(c, p);
    double[] wma = Wma.compute(c, p);
    double[] sd = RollingStdDev.compute(c, p);
    double[] z = ZScore.compute(c, p);
    double[] vwap = new double[n];
    RollingVwap.compute(b.high(), b.low(), c, b.volume(), p, vwap);
    for (int i = p + 1_013; i < n; i += 1_013) {
      near("sma", i, mean(c, i, p), sma[i]);
      double weighted = 0;
      for (int j = 1; j <= p; j++) {
        weighted += j * c[i - p + j];
      }
      near("wma", i, weighted / (p * (p + 1) / 2.0), wma[i]);
      near("stddev", i, sd(c, i, p), sd[i]);
      near("zscore", i, zscore(c, i, p), z[i]);
      near("vwap", i, vwap(b, i, p), vwap[i]);
    }
  }
}
