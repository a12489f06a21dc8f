package dev.nightjar.backtest.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * OHLCV columns for tests: seeded random walks with valid OHLC, or a simple CSV from shared data.
 */
record TestBars(double[] open, double[] high, double[] low, double[] close, double[] volume) {

  int size() {
    return close.length;
  }

  /**
   * A geometric random walk from {@code start}: close-to-close log steps ~ N(0, step), open = the
   * previous close, high/low beyond max/min(open, close) by a random fraction, volume lognormal >
   * 0.
   */
  static TestBars randomWalk(long seed, int n, double start, double step) {
    Random random = new Random(seed);
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    double previous = start;
    for (int i = 0; i < n; i++) {
      o[i] = previous;
      c[i] = previous * Math.exp(step * random.nextGaussian());
      h[i] = Math.max(o[i], c[i]) * (1 + step * Math.abs(random.nextGaussian()));
      l[i] = Math.min(o[i], c[i]) * (1 - step * Math.abs(random.nextGaussian()) / 2);
      v[i] = 1000 * Math.exp(random.nextGaussian());
      previous = c[i];
    }
    return new TestBars(o, h, l, c, v);
  }

  static TestBars randomWalk(long seed, int n) {
    return randomWalk(seed, n, 100, 0.02);
  }

  /**
   * Reads a {@code timestamp_ms,open,high,low,close,volume} file, skipping the first {@code skip}
   * bars.
   */
  static TestBars csv(Path file, int skip) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = lines.size() - 1 - skip;
    TestBars bars =
        new TestBars(new double[n], new double[n], new double[n], new double[n], new double[n]);
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1 + skip).split(",");
      bars.open[i] = Double.parseDouble(cells[1]);
      bars.high[i] = Double.parseDouble(cells[2]);
      bars.low[i] = Double.parseDouble(cells[3]);
      bars.close[i] = Double.parseDouble(cells[4]);
      bars.volume[i] = Double.parseDouble(cells[5]);
    }
    return bars;
  }

  /** These bars up to {@code cut} (inclusive), then {@code other}'s bars. */
  TestBars splice(int cut, TestBars other) {
    return new TestBars(
        splice(open, cut, other.open),
        splice(high, cut, other.high),
        splice(low, cut, other.low),
        splice(close, cut, other.close),
        splice(volume, cut, other.volume));
  }

  private static double[] splice(double[] a, int cut, double[] b) {
    double[] out = b.clone();
    System.arraycopy(a, 0, out, 0, cut + 1);
    return out;
  }

  /** These bars after {@code count} bars of NaN in every column. */
  TestBars withLeadingNaN(int count) {
    return new TestBars(
        pad(open, count), pad(high, count), pad(low, count), pad(close, count), pad(volume, count));
  }

  private static double[] pad(double[] a, int count) {
    double[] out = new double[a.length + count];
    Arrays.fill(out, 0, count, Double.NaN);
    System.arraycopy(a, 0, out, count, a.length);
    return out;
  }
}
