package dev.nightjar.data.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Resampled;
import dev.nightjar.data.Resampler;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.CacheFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Determinism and statistical sanity, every statistic computed here from the generated bars. */
class SyntheticMarketTest {
  /** 35 days of the demo symbols: whole hours, so resampling to 1h drops nothing. */
  private static final SynthSpec SMALL =
      new SynthSpec(7, SynthSpec.demo().symbols(), SynthSpec.demo().startMillis(), 35 * 1440);

  private static List<BarSeries> small;
  private static double[][] returns;

  @TempDir Path dir;

  @BeforeAll
  static void generate() {
    small = SyntheticMarket.generate(SMALL);
    returns = new double[small.size()][];
    for (int s = 0; s < small.size(); s++) {
      returns[s] = logReturns(small.get(s));
    }
  }

  /** Close-to-close 1m log returns. */
  private static double[] logReturns(BarSeries series) {
    double[] c = series.closes();
    double[] r = new double[c.length - 1];
    for (int i = 1; i < c.length; i++) {
      r[i - 1] = Math.log(c[i] / c[i - 1]);
    }
    return r;
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** Pearson correlation of x[i] and y[i]. */
  private static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Ranks 0..n-1 by value (ties are measure-zero for these continuous values). */
  private static double[] ranks(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] rank = new double[x.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  private static double[] abs(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.abs(x[i]);
    }
    return out;
  }

  private static void assertBitsEqual(List<BarSeries> a, List<BarSeries> b) {
    assertEquals(a.size(), b.size());
    for (int s = 0; s < a.size(); s++) {
      assertEquals(a.get(s).id(), b.get(s).id());
      assertArrayEquals(a.get(s).times(), b.get(s).times());
      assertArrayEquals(bits(a.get(s).opens()), bits(b.get(s).opens()));
      assertArrayEquals(bits(a.get(s).highs()), bits(b.get(s).highs()));
      assertArrayEquals(bits(a.get(s).lows()), bits(b.get(s).lows()));
      assertArrayEquals(bits(a.get(s).closes()), bits(b.get(s).closes()));
      assertArrayEquals(bits(a.get(s).volumes()), bits(b.get(s).volumes()));
    }
  }

  private static long[] bits(double[] x) {
    long[] out = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.doubleToRawLongBits(x[i]);
    }
    return out;
  }

  @Test
  void theSameSpecGivesTheSameBitsAndFileBytes() throws IOException {
    List<BarSeries> again = SyntheticMarket.generate(SMALL);
    assertBitsEqual(small, again);
    CacheFile.write(dir.resolve("a.bars"), small.get(0));
    CacheFile.write(dir.resolve("b.bars"), again.get(0));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.bars")), Files.readAllBytes(dir.resolve("b.bars")));
  }

  @Test
  void theFullDemoIsByteIdenticalAcrossRuns() throws IOException {
    SynthSpec demo = SynthSpec.demo();
    List<BarSeries> first = SyntheticMarket.generate(demo);
    for (BarSeries s : first) {
      CacheFile.write(dir.resolve("first-" + s.symbol() + ".bars"), s);
    }
    first = null; // let it go before generating again
    List<BarSeries> second = SyntheticMarket.generate(demo);
    assertEquals(
        List.of("DEMO-BTC:1m", "DEMO-ETH:1m", "DEMO-SOL:1m", "DEMO-XRP:1m"),
        second.stream().map(s -> s.id().toString()).toList());
    for (BarSeries s : second) {
      assertEquals(525_600, s.size());
      assertEquals(1_704_067_200_000L, s.firstTime()); // 2024-01-01T00:00:00Z
      Path file = dir.resolve("second-" + s.symbol() + ".bars");
      CacheFile.write(file, s);
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("first-" + s.symbol() + ".bars")),
          Files.readAllBytes(file),
          s.id().toString());
    }
  }

  @Test
  void anotherSeedGivesOtherPrices() {
    SynthSpec other = new SynthSpec(8, SMALL.symbols(), SMALL.startMillis(), 1000);
    BarSeries a = SyntheticMarket.generate(other).get(0);
    assertFalse(Arrays.equals(a.closes(), small.get(0).view(0, 1000).closes()));
  }

  @Test
  void startsAtTheProfilePricesOneMinuteApart() {
    for (BarSeries s : small) {
      assertEquals(SeriesId.parse(s.symbol() + ":1m"), s.id());
      assertEquals(AssetProfile.forSymbol(s.symbol()).startPrice(), s.open(0));
      for (int i = 1; i < s.size(); i++) {
        assertEquals(60_000L, s.time(i) - s.time(i - 1));
      }
    }
  }

  @Test
  void returnsHaveFatTails() {
    for (double[] r : returns) {
      double m = mean(r);
      double m2 = 0;
      double m4 = 0;
      for (double x : r) {
        m2 += (x - m) * (x - m);
        m4 += Math.pow(x - m, 4);
      }
      m2 /= r.length;
      m4 /= r.length;
      assertTrue(m4 / (m2 * m2) > 3, "kurtosis " + m4 / (m2 * m2));
    }
  }

  @Test
  void volatilityClusters() {
    for (double[] r : returns) {
      double[] a = abs(r);
      double lag1 =
          correlation(Arrays.copyOfRange(a, 1, a.length), Arrays.copyOfRange(a, 0, a.length - 1));
      assertTrue(lag1 > 0.05, "autocorrelation of |r| at lag 1: " + lag1);
    }
  }

  @Test
  void symbolsMoveTogetherPlausibly() {
    for (int x = 0; x < returns.length; x++) {
      for (int y = x + 1; y < returns.length; y++) {
        double c = correlation(returns[x], returns[y]);
        assertTrue(c > 0.45 && c < 0.9, "correlation " + x + "," + y + ": " + c);
      }
    }
    double btcEth = correlation(returns[0], returns[1]);
    assertTrue(btcEth > 0.6 && btcEth < 0.85, "BTC-ETH " + btcEth);
  }

  @Test
  void volumeRisesWithAbsoluteReturn() {
    for (int s = 0; s < small.size(); s++) {
      double[] volume = Arrays.copyOfRange(small.get(s).volumes(), 1, small.get(s).size());
      double spearman = correlation(ranks(volume), ranks(abs(returns[s])));
      assertTrue(spearman > 0.2, "rank correlation " + spearman);
    }
  }

  @Test
  void dailyVolatilityIsPlausible() {
    for (double[] r : returns) {
      double m = mean(r);
      double var = 0;
      for (double x : r) {
        var += (x - m) * (x - m);
      }
      double daily = Math.sqrt(var / r.length * 1440);
      assertTrue(daily > 0.015 && daily < 0.07, "daily volatility " + daily);
    }
  }

  @Test
  void resamplesToConsistentHours() {
    for (BarSeries s : small) {
      Resampled r = Resampler.resample(s, Timeframe.H1);
      assertFalse(r.droppedTrailingPartial());
      BarSeries h = r.series();
      assertEquals(35 * 24, h.size());
      for (int i = 0; i < h.size(); i++) {
        assertTrue(h.high(i) >= Math.max(h.open(i), h.close(i)), "high at " + i);
        assertTrue(h.low(i) <= Math.min(h.open(i), h.close(i)), "low at " + i);
        if (i > 0) {
          assertEquals(h.close(i - 1), h.open(i), "open = previous close at " + i);
        }
      }
    }
  }
}
