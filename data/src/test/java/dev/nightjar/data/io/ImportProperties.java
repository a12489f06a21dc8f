package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.cache.Cache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/** Laws of the importer over random valid series written as CSV. */
class ImportProperties {
  private static final SeriesId ID = SeriesId.parse("X:1m");
  private static final String[] HEADER = {"time", "open", "high", "low", "close", "volume"};
  private final List<Path> files = new ArrayList<>();

  @AfterProperty
  void deleteFiles() throws IOException {
    for (Path f : files) {
      Files.deleteIfExists(f);
    }
    files.clear();
  }

  private Path temp(String text) throws IOException {
    Path f = Files.createTempFile("nightjar-import", ".csv");
    files.add(f);
    return text == null ? f : Files.writeString(f, text);
  }

  /**
   * A valid random series: aligned ascending minutes, full-precision prices, low <= o,c <= high.
   */
  @Provide
  Arbitrary<BarSeries> series() {
    return Arbitraries.longs()
        .map(
            seed -> {
              Random r = new Random(seed);
              int n = 1 + r.nextInt(60);
              long[] t = new long[n];
              double[] o = new double[n];
              double[] h = new double[n];
              double[] l = new double[n];
              double[] c = new double[n];
              double[] v = new double[n];
              long time = 1_500_000_000_000L / 60_000 * 60_000 + r.nextInt(1000) * 60_000L;
              for (int i = 0; i < n; i++) {
                time += 60_000L * (1 + (r.nextInt(5) == 0 ? r.nextInt(10) : 0));
                t[i] = time;
                l[i] = Math.exp(r.nextDouble() * 40 - 20);
                h[i] = l[i] * (1 + r.nextDouble());
                o[i] = Math.min(h[i], l[i] + (h[i] - l[i]) * r.nextDouble());
                c[i] = Math.min(h[i], l[i] + (h[i] - l[i]) * r.nextDouble());
                v[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble() * Math.pow(10, r.nextInt(12));
              }
              return BarSeries.of(ID, t, o, h, l, c, v);
            });
  }

  private static String row(BarSeries s, int i) {
    return s.time(i)
        + ","
        + Double.toString(s.open(i))
        + ","
        + Double.toString(s.high(i))
        + ","
        + Double.toString(s.low(i))
        + ","
        + Double.toString(s.close(i))
        + ","
        + Double.toString(s.volume(i));
  }

  @Property(tries = 150)
  void anyShuffleWithExactCopiesGivesTheSameSeries(@ForAll("series") BarSeries s, @ForAll long seed)
      throws IOException {
    Random r = new Random(seed);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      rows.add(row(s, i));
    }
    int copies = r.nextInt(4);
    for (int k = 0; k < copies; k++) {
      rows.add(rows.get(r.nextInt(s.size())));
    }
    Collections.shuffle(rows, r);
    Path file = temp(String.join(",", HEADER) + "\n" + String.join("\n", rows) + "\n");
    ImportResult result = Importer.importFile(file, ID, ImportOptions.defaults());
    assertBitEqual(s, result.series());
    assertEquals(copies, result.exactDuplicatesDropped());
    assertEquals(s.size() + copies, result.rowsRead());
  }

  @Property(tries = 150)
  void exportThenImportIsBitExact(@ForAll("series") BarSeries s) throws IOException {
    Path file = temp(null);
    CsvExport.write(s, file);
    assertBitEqual(s, Importer.importFile(file, ID, ImportOptions.defaults()).series());
  }

  /**
   * The whole data path: a CSV as an exchange might write it (rows shuffled) is imported, stored in
   * the cache, loaded back and exported; the export is byte-identical to exporting the original
   * series, so every value survived bit for bit.
   */
  @Property(tries = 100)
  void importCacheExportRoundTripsEveryValue(@ForAll("series") BarSeries s, @ForAll long seed)
      throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      rows.add(row(s, i));
    }
    Collections.shuffle(rows, new Random(seed));
    Path csv = temp(String.join(",", HEADER) + "\n" + String.join("\n", rows) + "\n");
    Path home = Files.createTempDirectory("nightjar-home");
    try {
      Cache cache = new Cache(home);
      cache.store(Importer.importFile(csv, ID, ImportOptions.defaults()).series());
      Path exported = temp(null);
      CsvExport.write(cache.load(ID), exported);
      Path expected = temp(null);
      CsvExport.write(s, expected);
      assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(exported));
    } finally {
      Files.deleteIfExists(cache(home));
      Files.deleteIfExists(home.resolve("cache").resolve(ID.timeframe().label()));
      Files.deleteIfExists(home.resolve("cache"));
      Files.deleteIfExists(home);
    }
  }

  private static Path cache(Path home) {
    return new Cache(home).pathFor(ID);
  }

  @Property(tries = 200)
  void garbageInOneCellIsReportedAtItsLineAndColumn(
      @ForAll("series") BarSeries s,
      @ForAll @IntRange(min = 0, max = 1000) int rowPick,
      @ForAll @IntRange(min = 0, max = 5) int column,
      @ForAll("garbage") String garbage)
      throws IOException {
    int bad = rowPick % s.size();
    StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (int i = 0; i < s.size(); i++) {
      String[] cells = row(s, i).split(",");
      if (i == bad) {
        cells[column] = garbage;
      }
      text.append(String.join(",", cells)).append('\n');
    }
    Path file = temp(text.toString());
    DataException e =
        assertThrows(
            DataException.class, () -> Importer.importFile(file, ID, ImportOptions.defaults()));
    assertEquals(bad + 2, e.line()); // line 1 is the header
    assertEquals(HEADER[column], e.column());
    assertEquals(garbage, e.value());
  }

  @Provide
  Arbitrary<String> garbage() {
    return Garbage.text();
  }

  static void assertBitEqual(BarSeries expected, BarSeries actual) {
    assertArrayEquals(expected.times(), actual.times());
    assertArrayEquals(bits(expected.opens()), bits(actual.opens()));
    assertArrayEquals(bits(expected.highs()), bits(actual.highs()));
    assertArrayEquals(bits(expected.lows()), bits(actual.lows()));
    assertArrayEquals(bits(expected.closes()), bits(actual.closes()));
    assertArrayEquals(bits(expected.volumes()), bits(actual.volumes()));
  }

  private static long[] bits(double[] x) {
    long[] b = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = Double.doubleToRawLongBits(x[i]);
    }
    return b;
  }
}
