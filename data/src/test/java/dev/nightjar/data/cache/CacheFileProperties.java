package dev.nightjar.data.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class CacheFileProperties {
  private static Path dir;

  @BeforeContainer
  static void createDir() throws IOException {
    dir = Files.createTempDirectory("cachefile-properties");
  }

  @AfterContainer
  static void deleteDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /**
   * A series of {@code n} bars with arbitrary bit patterns in every double column (NaNs with
   * payloads, infinities, subnormals, -0.0) and strictly ascending arbitrary times: the file must
   * store any double exactly, validity is not its concern.
   */
  static BarSeries arbitrarySeries(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] time = new long[n];
    long t = random.nextLong(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
    for (int i = 0; i < n; i++) {
      t += 1 + random.nextLong(1L << 40);
      time[i] = t;
    }
    double[][] cols = new double[5][n];
    double[] specials = {1e-300, 1e300, Double.MIN_VALUE, -0.0, Double.NaN, 0x1p-1070};
    for (double[] col : cols) {
      for (int i = 0; i < n; i++) {
        col[i] =
            random.nextInt(4) == 0
                ? specials[random.nextInt(specials.length)]
                : Double.longBitsToDouble(random.nextLong());
      }
    }
    Timeframe tf = Timeframe.values()[random.nextInt(Timeframe.values().length)];
    StringBuilder symbol = new StringBuilder();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
    int length = 1 + random.nextInt(32);
    for (int i = 0; i < length; i++) {
      symbol.append(alphabet.charAt(random.nextInt(i == 0 ? 36 : alphabet.length())));
    }
    return BarSeries.of(
        new SeriesId(new Symbol(symbol.toString()), tf),
        time,
        cols[0],
        cols[1],
        cols[2],
        cols[3],
        cols[4]);
  }

  private static long[] bits(double[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.doubleToRawLongBits(values[i]);
    }
    return out;
  }

  @Property(tries = 200)
  void roundTripIsBitExact(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n) {
    BarSeries series = arbitrarySeries(seed, n);
    Path file = dir.resolve("roundtrip.bars");
    CacheFile.write(file, series);
    BarSeries back = CacheFile.read(file);
    assertEquals(series.id(), back.id());
    assertArrayEquals(series.times(), back.times());
    assertArrayEquals(bits(series.opens()), bits(back.opens()));
    assertArrayEquals(bits(series.highs()), bits(back.highs()));
    assertArrayEquals(bits(series.lows()), bits(back.lows()));
    assertArrayEquals(bits(series.closes()), bits(back.closes()));
    assertArrayEquals(bits(series.volumes()), bits(back.volumes()));
  }

  @Property(tries = 300)
  void flippingAnyByteIsDetected(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 20) int n,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position,
      @ForAll @IntRange(min = 1, max = 255) int mask)
      throws IOException {
    Path file = dir.resolve("flip.bars");
    CacheFile.write(file, arbitrarySeries(seed, n));
    byte[] bytes = Files.readAllBytes(file);
    int at = position % bytes.length;
    bytes[at] ^= (byte) mask;
    Files.write(file, bytes);
    assertThrows(DataException.class, () -> CacheFile.read(file), "byte " + at);
    if (at < CacheFile.HEADER_BYTES) {
      assertThrows(DataException.class, () -> CacheFile.readHeader(file), "byte " + at);
    }
  }
}
