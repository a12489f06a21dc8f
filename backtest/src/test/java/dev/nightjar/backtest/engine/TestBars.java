package dev.nightjar.backtest.engine;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Small series builders and readers for engine tests. */
final class TestBars {
  static final long DAY = 86_400_000L;

  /** 2024-01-01T00:00Z, the first bar of the hand-made daily series. */
  static final long T0 =
      LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1000;

  private TestBars() {}

  /** Daily bars from T0 with the given columns (volume 1). */
  static BarSeries daily(double[] open, double[] high, double[] low, double[] close) {
    int n = close.length;
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = T0 + i * DAY;
      v[i] = 1;
    }
    return BarSeries.of(
        new SeriesId(Symbol.of("TEST"), Timeframe.D1),
        t,
        open.clone(),
        high.clone(),
        low.clone(),
        close.clone(),
        v);
  }

  /** Daily bars whose open, high, low and close are all the given price. */
  static BarSeries flat(double... close) {
    return daily(close, close, close, close);
  }

  /**
   * Parses "o/h/l/c o/h/l/c ..." (one bar per space-separated group) into daily bars, for
   * {@code @CsvSource} rows.
   */
  static BarSeries parse(String bars) {
    String[] groups = bars.trim().split("\\s+");
    int n = groups.length;
    double[][] cols = new double[4][n];
    for (int i = 0; i < n; i++) {
      String[] p = groups[i].split("/");
      for (int k = 0; k < 4; k++) {
        cols[k][i] = Double.parseDouble(p[p.length == 1 ? 0 : k]);
      }
    }
    return daily(cols[0], cols[1], cols[2], cols[3]);
  }

  /** Parses "1 . 0 -1" into targets: '.' is NaN (keep). */
  static double[] targets(String text) {
    String[] p = text.trim().split("\\s+");
    double[] t = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      t[i] = p[i].equals(".") ? Double.NaN : Double.parseDouble(p[i]);
    }
    return t;
  }

  /**
   * Reads backtesting.py's bundled CSVs: header ",Open,High,Low,Close,Volume" (the empty first cell
   * is the date index, YYYY-MM-DD, taken as 00:00 UTC).
   */
  static BarSeries readBacktestingPy(Path file, String symbol) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = lines.size() - 1;
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      String[] p = lines.get(i + 1).split(",");
      t[i] = LocalDate.parse(p[0]).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1000;
      o[i] = Double.parseDouble(p[1]);
      h[i] = Double.parseDouble(p[2]);
      l[i] = Double.parseDouble(p[3]);
      c[i] = Double.parseDouble(p[4]);
      v[i] = Double.parseDouble(p[5]);
    }
    return BarSeries.of(new SeriesId(Symbol.of(symbol), Timeframe.D1), t, o, h, l, c, v);
  }

  /** Simple moving average, NaN for the first period − 1 bars (summed afresh for each bar). */
  static double[] sma(double[] x, int period) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (i + 1 < period) {
        out[i] = Double.NaN;
        continue;
      }
      double sum = 0;
      for (int k = i - period + 1; k <= i; k++) {
        sum += x[k];
      }
      out[i] = sum / period;
    }
    return out;
  }

  /**
   * backtesting.py's SmaCross as targets: +1 on the bar where fast crosses above slow ({@code
   * fast[i-1] < slow[i-1] && fast[i] > slow[i]}, lib.crossover), −1 where it crosses below, NaN
   * (keep) otherwise.
   */
  static double[] smaCross(double[] close, int fast, int slow) {
    double[] f = sma(close, fast);
    double[] s = sma(close, slow);
    double[] t = new double[close.length];
    t[0] = Double.NaN;
    for (int i = 1; i < close.length; i++) {
      if (f[i - 1] < s[i - 1] && f[i] > s[i]) {
        t[i] = 1;
      } else if (s[i - 1] < f[i - 1] && s[i] > f[i]) {
        t[i] = -1;
      } else {
        t[i] = Double.NaN;
      }
    }
    return t;
  }
}
