package dev.nightjar.bench;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Benchmark inputs: seeded random-walk series and the CSV files exchanges typically export. */
final class BenchData {
  static final SeriesId ID = SeriesId.parse("BENCH:1m");

  private BenchData() {}

  /** {@code n} 1m bars of a seeded random walk from 2020-01-01, prices around 30,000. */
  static BarSeries randomWalk(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    double price = 30_000;
    for (int i = 0; i < n; i++) {
      t[i] = 1_577_836_800_000L + i * 60_000L;
      double next = price * Math.exp(0.001 * (random.nextDouble() - 0.5));
      o[i] = round2(price);
      c[i] = round2(next);
      h[i] = round2(Math.max(price, next) * (1 + 0.0005 * random.nextDouble()));
      l[i] = round2(Math.min(price, next) * (1 - 0.0005 * random.nextDouble()));
      v[i] = Math.round(random.nextDouble() * 1e6) / 1e4;
      price = next;
    }
    return BarSeries.of(ID, t, o, h, l, c, v);
  }

  private static double round2(double x) {
    return Math.round(x * 100) / 100.0;
  }

  /**
   * Writes {@code series} as a generic CSV ({@code timestamp,open,high,low,close,volume}, epoch ms,
   * two-decimal prices as exchanges export them) and returns the file.
   */
  static Path writeCsv(BarSeries series, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("timestamp,open,high,low,close,volume\n");
      for (int i = 0; i < series.size(); i++) {
        w.write(
            String.format(
                Locale.ROOT,
                "%d,%.2f,%.2f,%.2f,%.2f,%.4f%n",
                series.time(i),
                series.open(i),
                series.high(i),
                series.low(i),
                series.close(i),
                series.volume(i)));
      }
    }
    return file;
  }
}
