package dev.nightjar.data.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link SpikeDetector} against a slow, obviously correct reference that sorts every window. */
class SpikeDetectorProperties {
  /** Indices flagged by the definition, computed naively. */
  static List<Integer> reference(double[] close) {
    List<Double> returns = new ArrayList<>();
    List<Integer> flagged = new ArrayList<>();
    for (int i = 1; i < close.length; i++) {
      double r = Math.log(close[i] / close[i - 1]);
      int n = Math.min(returns.size(), SpikeDetector.WINDOW);
      if (n >= SpikeDetector.MIN_HISTORY) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
          w[k] = returns.get(returns.size() - n + k);
        }
        double m = medianOf(w);
        double[] dev = new double[n];
        for (int k = 0; k < n; k++) {
          dev[k] = Math.abs(w[k] - m);
        }
        double s = 1.4826 * medianOf(dev);
        if (s > 0 && Math.abs(r - m) > 10 * s) {
          flagged.add(i);
        }
      }
      returns.add(r);
    }
    return flagged;
  }

  static double medianOf(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  static List<Integer> detected(double[] close) {
    List<Integer> out = new ArrayList<>();
    SpikeDetector.scan(close, close.length, (bar, r, m, s) -> out.add(bar));
    return out;
  }

  /** Random walks with flat runs, fat tails and planted jumps, up to 1200 bars (> the window). */
  @Property(tries = 60)
  void agreesWithTheSortingReference(@ForAll long seed) {
    Random rnd = new Random(seed);
    int n = 2 + rnd.nextInt(1200);
    double[] close = new double[n];
    close[0] = 100;
    double flatShare = rnd.nextDouble() * 0.7;
    for (int i = 1; i < n; i++) {
      double r;
      if (rnd.nextDouble() < flatShare) {
        r = 0;
      } else if (rnd.nextInt(100) == 0) {
        r = (rnd.nextBoolean() ? 1 : -1) * (0.05 + rnd.nextDouble() * 0.5);
      } else {
        r = rnd.nextGaussian() * 0.01 * (rnd.nextInt(20) == 0 ? 5 : 1);
      }
      close[i] = close[i - 1] * Math.exp(r);
    }
    assertEquals(reference(close), detected(close));
  }

  @Example
  void flagsAPlantedJumpInAQuietSeries() {
    // Gaussian returns with sd 0.001, so 10 * 1.4826 * MAD is about 10 sd = 0.01, while 200 draws
    // stay within about 3.5 sd = 0.0035; a 10% jump (log 0.0953) at bar 100 is far above. The
    // sorting reference agrees on this exact series.
    Random rnd = new Random(42);
    double[] close = new double[200];
    close[0] = 100;
    for (int i = 1; i < close.length; i++) {
      double r = i == 100 ? Math.log(1.1) : rnd.nextGaussian() * 0.001;
      close[i] = close[i - 1] * Math.exp(r);
    }
    assertEquals(List.of(100), reference(close));
    assertEquals(List.of(100), detected(close));
    BarSeries s =
        BarSeries.of(
            SeriesId.parse("X:1m"),
            minutes(200),
            close.clone(),
            close.clone(),
            close.clone(),
            close.clone(),
            ones(200));
    ValidationReport report = Validator.validate(s);
    Finding spikes = report.finding(Check.SPIKE);
    assertEquals(1, spikes.count());
    assertEquals(100 * 60_000L, spikes.first().get(0).time());
    assertEquals(Severity.WARNING, spikes.severity());
  }

  @Example
  void flatWindowsFlagNothing() {
    // 100 equal closes then a move: MAD = 0, so the scale is undefined and nothing is flagged
    double[] close = new double[101];
    Arrays.fill(close, 5);
    close[100] = 50;
    assertEquals(List.of(), detected(close));
  }

  private static long[] minutes(int n) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * 60_000L;
    }
    return t;
  }

  private static double[] ones(int n) {
    double[] v = new double[n];
    Arrays.fill(v, 1);
    return v;
  }
}
