package dev.nightjar.data.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheTest {
  @TempDir Path home;

  private static BarSeries series(String id, int bars) {
    SeriesId sid = SeriesId.parse(id);
    long step = sid.timeframe().millis();
    long[] t = new long[bars];
    double[] c = new double[bars];
    for (int i = 0; i < bars; i++) {
      t[i] = i * step;
      c[i] = 100 + i;
    }
    return BarSeries.of(sid, t, c.clone(), c.clone(), c.clone(), c.clone(), c.clone());
  }

  @Test
  void filesLiveUnderCacheTimeframeSymbol() {
    Cache cache = new Cache(home);
    assertEquals(
        home.resolve("cache").resolve("1h").resolve("BTCUSDT.bars"),
        cache.pathFor(SeriesId.parse("btcusdt:1h")));
    assertEquals(
        home.resolve("cache").resolve("1w").resolve("DEMO-ETH.bars"),
        cache.pathFor(SeriesId.parse("DEMO-ETH:1w")));
  }

  @Test
  void storesAndLoads() {
    Cache cache = new Cache(home);
    SeriesId id = SeriesId.parse("ETHUSDT:4h");
    assertFalse(cache.contains(id));
    BarSeries s = series("ETHUSDT:4h", 10);
    cache.store(s);
    assertTrue(cache.contains(id));
    BarSeries back = cache.load(id);
    assertEquals(id, back.id());
    assertArrayEquals(s.times(), back.times());
    assertArrayEquals(s.closes(), back.closes());
  }

  @Test
  void aMissingSeriesNamesTheFix() {
    DataException e =
        assertThrows(DataException.class, () -> new Cache(home).load(SeriesId.parse("BTCUSDT:1h")));
    assertTrue(e.getMessage().startsWith("BTCUSDT:1h is not in the cache"), e.getMessage());
    assertTrue(e.getMessage().contains("nightjar data import"), e.getMessage());
    assertTrue(e.getMessage().contains("nightjar demo"), e.getMessage());
  }

  @Test
  void aFileUnderTheWrongNameIsRefused() throws IOException {
    Cache cache = new Cache(home);
    cache.store(series("AAA:1h", 3));
    Path wrong = cache.pathFor(SeriesId.parse("BBB:1h"));
    Files.copy(cache.pathFor(SeriesId.parse("AAA:1h")), wrong);
    DataException e = assertThrows(DataException.class, () -> cache.load(SeriesId.parse("BBB:1h")));
    assertEquals(
        wrong + ": holds AAA:1h instead of BBB:1h; remove it and import again", e.getMessage());
  }

  @Test
  void anEmptyOrMissingHomeListsNothing() throws IOException {
    Cache missing = new Cache(home.resolve("does-not-exist"));
    assertEquals(List.of(), missing.list());
    assertEquals(List.of(), missing.symbols(Timeframe.H1));
    Files.createDirectories(home.resolve("cache").resolve("1h"));
    assertEquals(List.of(), new Cache(home).list());
    assertEquals(List.of(), new Cache(home).symbols(Timeframe.H1));
  }

  @Test
  void listsBySymbolThenTimeframeWithFileSizes() throws IOException {
    Cache cache = new Cache(home);
    cache.store(series("ZED:1m", 2));
    cache.store(series("ABC:1d", 4));
    cache.store(series("ABC:5m", 3));
    cache.store(series("ABC:1w", 1));
    List<CacheHeader> list = cache.list();
    assertEquals(
        List.of("ABC:5m", "ABC:1d", "ABC:1w", "ZED:1m"),
        list.stream().map(h -> h.id().toString()).toList());
    for (CacheHeader h : list) {
      assertEquals(Files.size(h.file()), h.fileSize());
      assertEquals(96 + 48L * h.count(), h.fileSize());
    }
    assertEquals(3, list.get(0).count());
    assertEquals(4 * 86_400_000L, list.get(1).lastTime() + 86_400_000L);
  }

  @Test
  void symbolsOfATimeframeIgnoreOtherFiles() throws IOException {
    Cache cache = new Cache(home);
    cache.store(series("SOL:1h", 2));
    cache.store(series("BTC:1h", 2));
    cache.store(series("ETH:4h", 2));
    Path folder = home.resolve("cache").resolve("1h");
    Files.writeString(folder.resolve(".BTC.bars.123.tmp"), "temp");
    Files.writeString(folder.resolve("notes.txt"), "notes");
    Files.writeString(folder.resolve("bad name.bars"), "x");
    assertEquals(List.of(Symbol.of("BTC"), Symbol.of("SOL")), cache.symbols(Timeframe.H1));
    assertEquals(2, cache.list().stream().filter(h -> h.id().timeframe() == Timeframe.H1).count());
  }

  @Test
  void aFailedStoreLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Cache cache = new Cache(home);
    SeriesId id = SeriesId.parse("BTC:1h");
    cache.store(series("BTC:1h", 5));
    Path file = cache.pathFor(id);
    byte[] before = Files.readAllBytes(file);
    // An interrupted thread's file channel closes on its first write: a real mid-store failure.
    Thread.currentThread().interrupt();
    try {
      assertThrows(UncheckedIOException.class, () -> cache.store(series("BTC:1h", 7)));
    } finally {
      Thread.interrupted();
    }
    assertArrayEquals(before, Files.readAllBytes(file));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList());
    }
    assertEquals(5, cache.load(id).size());
  }

  @Test
  void refsAreIdsBarsFilesOrImportableFiles() throws IOException {
    Cache cache = new Cache(home);
    cache.store(series("BTC:1h", 5));
    assertEquals(5, cache.loadRef("BTC:1h").size());
    Path copy = home.resolve("elsewhere.bars");
    Files.copy(cache.pathFor(SeriesId.parse("BTC:1h")), copy);
    assertEquals(SeriesId.parse("BTC:1h"), cache.loadRef(copy.toString()).id());

    // Three hourly rows: imported on the fly as PRICES-2024:1h, the cache untouched.
    Path csv = home.resolve("prices 2024.csv");
    Files.writeString(
        csv,
        "timestamp_ms,open,high,low,close,volume\n"
            + "1704067200000,1,2,0.5,1.5,10\n"
            + "1704070800000,1.5,2,1,1.2,11\n"
            + "1704074400000,1.2,1.3,1,1.1,12\n");
    BarSeries imported = cache.loadRef(csv.toString());
    assertEquals(SeriesId.parse("PRICES-2024:1h"), imported.id());
    assertEquals(3, imported.size());
    assertEquals(List.of(Symbol.of("BTC")), cache.symbols(Timeframe.H1));

    DataException absent = assertThrows(DataException.class, () -> cache.loadRef("nothing"));
    assertEquals(
        "'nothing' is neither SYM:TF (for example BTCUSDT:1h) nor an existing file",
        absent.getMessage());
    assertThrows(DataException.class, () -> cache.loadRef("ETH:1h"));
  }

  @Test
  void defaultHomeFollowsTheEnvironment() {
    String env = System.getenv("NIGHTJAR_HOME");
    Path expected =
        env == null || env.isBlank()
            ? Path.of(System.getProperty("user.home")).resolve(".nightjar")
            : Path.of(env);
    assertEquals(expected, Cache.defaultHome());
  }
}
