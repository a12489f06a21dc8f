package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file of the shared real data imports, with the row counts, ranges and quirks PROVENANCE.md
 * states. Expected numbers come from PROVENANCE.md, not from this code.
 */
class RealDataImportTest {
  static ImportResult load(String name, String id, ImportOptions options) {
    return Importer.importFile(SharedData.file(name), SeriesId.parse(id), options);
  }

  static ImportResult load(String name, String id) {
    return load(name, id, ImportOptions.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, id, format, rows, first open time (UTC), last open time (UTC)
    "backtestingpy_GOOG_1d.csv, GOOG:1d, CSV, 2148, 2004-08-19T00:00:00Z, 2013-03-01T00:00:00Z",
    "backtestingpy_EURUSD_1h.csv, EURUSD:1h, CSV, 5000, 2017-04-19T09:00:00Z,"
        + " 2018-02-07T15:00:00Z",
    // monthly bars dated the month's last day: imported as 1d with gaps
    "backtestingpy_BTCUSD_1mo.csv, BTCUSD:1d, CSV, 156, 2012-01-31T00:00:00Z,"
        + " 2024-12-31T00:00:00Z",
    "freqtrade_UNITTEST_BTC-1m.json, UNITTEST:1m, JSON_ARRAY, 13681, 2017-11-04T23:02:00Z,"
        + " 2017-11-14T22:59:00Z",
    "freqtrade_UNITTEST_BTC-1m.csv, UNITTEST:1m, CSV, 13681, 2017-11-04T23:02:00Z,"
        + " 2017-11-14T22:59:00Z",
    "ta4j_AAPL-PT1D-20130102_20131231.csv, AAPL:1d, CSV, 252, 2013-01-02T00:00:00Z,"
        + " 2013-12-31T00:00:00Z",
    "ta4j_Coinbase-BTC-USD-PT4H-20160518_20251028.json, BTCUSD:4h, JSON_OBJECTS, 20695,"
        + " 2016-05-18T04:00:00Z, 2025-10-28T00:00:00Z",
    "ta4j_Coinbase-BTC-USD-PT4H.csv, BTCUSD:4h, CSV, 20695, 2016-05-18T04:00:00Z,"
        + " 2025-10-28T00:00:00Z",
    "ta4j_Binance-ETH-USD-PT5M-20230313_20230315.json, ETHUSD:5m, JSON_OBJECTS, 580,"
        + " 2023-03-13T18:00:00Z, 2023-03-15T18:15:00Z",
    "ta4j_BinanceUS-ETH-USD-PT5M.csv, ETHUSD:5m, CSV, 580, 2023-03-13T18:00:00Z,"
        + " 2023-03-15T18:15:00Z",
    // weekly, but dated Fridays, not Monday-aligned weeks: imported as 1d
    "ta4j_GOLD-weekly-xls-input.csv, GOLD:1d, CSV, 365, 1979-01-05T00:00:00Z,"
        + " 1985-12-27T00:00:00Z",
    "binance_BTCUSDT_1h_cdd_clean.csv, BTCUSDT:1h, CSV, 33412, 2017-08-17T04:00:00Z,"
        + " 2021-06-09T23:00:00Z",
  })
  void importsWithProvenanceCountsAndRange(
      String name, String id, Format format, int rows, String first, String last) {
    ImportResult r = load(name, id);
    assertEquals(format, r.format());
    assertEquals(rows, r.series().size());
    assertEquals(rows, r.rowsRead());
    assertEquals(0, r.exactDuplicatesDropped() + r.conflictsResolved() + r.invalidDropped());
    assertEquals(first, dev.nightjar.data.TimeFormat.iso(r.series().firstTime()));
    assertEquals(last, dev.nightjar.data.TimeFormat.iso(r.series().lastTime()));
  }

  @Test
  void jsonAndConvertedCsvAgreeBitForBit() {
    assertSame(
        load("freqtrade_UNITTEST_BTC-1m.csv", "X:1m").series(),
        load("freqtrade_UNITTEST_BTC-1m.json", "X:1m").series());
    assertSame(
        load("ta4j_Coinbase-BTC-USD-PT4H.csv", "X:4h").series(),
        load("ta4j_Coinbase-BTC-USD-PT4H-20160518_20251028.json", "X:4h").series());
    // ta4j's endTime is the candle's last ms; PROVENANCE converted with open = endTime + 1 - 5 min
    assertSame(
        load("ta4j_BinanceUS-ETH-USD-PT5M.csv", "X:5m").series(),
        load("ta4j_Binance-ETH-USD-PT5M-20230313_20230315.json", "X:5m").series());
  }

  @Test
  void freqtradeGapsAreTheOnesProvenanceCounts() {
    BarSeries s = load("freqtrade_UNITTEST_BTC-1m.csv", "X:1m").series();
    int[] byMinutes = new int[6];
    for (int i = 1; i < s.size(); i++) {
      long minutes = (s.time(i) - s.time(i - 1)) / 60_000;
      if (minutes < byMinutes.length) {
        byMinutes[(int) minutes]++;
      }
    }
    assertEquals(423, byMinutes[2]);
    assertEquals(78, byMinutes[3]);
    assertEquals(22, byMinutes[4]);
    assertEquals(8, byMinutes[5]);
  }

  @Test
  void coinbaseHasTwoEightHourGapsAndOneSixteenHourGap() {
    Gaps g = load("ta4j_Coinbase-BTC-USD-PT4H.csv", "X:4h").gaps();
    assertEquals(3, g.count());
    assertEquals(1 + 1 + 3, g.missingBars()); // 8 h gap = 1 missing 4h bar, 16 h = 3
    assertEquals(16 * 3_600_000L, g.longestMillis()); // 16 h between the open times around it
  }

  @Test
  void cleanCddFileHasEightGaps() {
    Gaps g = load("binance_BTCUSDT_1h_cdd_clean.csv", "X:1h").gaps();
    assertEquals(8, g.count());
    // PROVENANCE: the longest is 5 h, on 2017-09-22
    assertEquals(5 * 3_600_000L, g.longestMillis());
    assertEquals(1506106800000L, g.first().get(0).lastBefore()); // 2017-09-22T19:00:00Z
    assertEquals(4, g.first().get(0).missingBars());
  }

  @Test
  void filledEurUsdHasNoGapsLeft() {
    ImportResult r =
        load(
            "backtestingpy_EURUSD_1h.csv",
            "EURUSD:1h",
            ImportOptions.defaults().withFillGaps(true));
    BarSeries s = r.series();
    assertTrue(r.gaps().count() > 0, "forex has weekend gaps");
    assertEquals(5000 + r.gaps().missingBars(), s.size());
    assertEquals(r.gaps().missingBars(), r.filledBars());
    // the hours are contiguous after filling: last - first = (size - 1) hours
    assertEquals((s.size() - 1) * 3_600_000L, s.lastTime() - s.firstTime());
  }

  private static final String CDD = "cryptodatadownload_Binance_BTCUSDT_1h_raw.csv";

  @Test
  void rawCddFailsOnTheFirstConflictingHour() {
    Path file = SharedData.file(CDD);
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                Importer.importFile(file, SeriesId.parse("BTCUSDT:1h"), ImportOptions.defaults()));
    // Found independently (a Python scan of the file): the earliest hour present twice is
    // 2020-08-01 23:00 UTC, the ms row on line 10127 and the seconds row on line 10128.
    assertEquals(10128, e.line());
    assertEquals(
        file
            + ":10128: open time 1596322800000 (2020-08-01T23:00:00Z) appears at lines 10127 and"
            + " 10128 with different values; choose one with --on-duplicate"
            + " keep-first or keep-last (file order)",
        e.getMessage());
  }

  @Test
  void rawCddWithKeepFirstIsTheCleanFilePlusTheNewestBar() {
    ImportResult r =
        load(
            CDD, "BTCUSDT:1h", ImportOptions.defaults().withDuplicates(DuplicatePolicy.KEEP_FIRST));
    assertEquals(Format.CRYPTODATADOWNLOAD, r.format());
    assertEquals(36062, r.rowsRead());
    assertEquals(2649, r.exactDuplicatesDropped() + r.conflictsResolved());
    BarSeries clean = load("binance_BTCUSDT_1h_cdd_clean.csv", "BTCUSDT:1h").series();
    BarSeries raw = r.series();
    // the clean file dropped the in-progress newest bar (2021-06-10 00:00)
    assertEquals(clean.size() + 1, raw.size());
    assertSame(clean, raw.view(0, raw.size() - 1));
  }

  @Test
  void rawCddWithKeepLastKeepsTheOlderExportWhereHoursRepeat() {
    ImportResult r =
        load(CDD, "BTCUSDT:1h", ImportOptions.defaults().withDuplicates(DuplicatePolicy.KEEP_LAST));
    BarSeries clean = load("binance_BTCUSDT_1h_cdd_clean.csv", "BTCUSDT:1h").series();
    BarSeries raw = r.series();
    assertEquals(clean.size() + 1, raw.size());
    assertArrayEquals(clean.times(), raw.view(0, clean.size()).times());
    // In the file each repeated hour has its ms/8-decimal row first and its seconds/2-decimal row
    // second; PROVENANCE says the clean file kept the ms row. So KEEP_LAST (last in file order)
    // keeps the other row: all 2649 repeated hours differ from the clean file (PROVENANCE: 1442
    // of them in OHLC, the rest in volume), all within 2020-08-01 .. 2020-11-20.
    int differ = 0;
    int differOhlc = 0;
    long from = 1596240000000L; // 2020-08-01T00:00Z
    long to = 1605916800000L; // 2020-11-21T00:00Z
    for (int i = 0; i < clean.size(); i++) {
      boolean ohlc =
          clean.open(i) != raw.open(i)
              || clean.high(i) != raw.high(i)
              || clean.low(i) != raw.low(i)
              || clean.close(i) != raw.close(i);
      if (ohlc || clean.volume(i) != raw.volume(i)) {
        differ++;
        assertTrue(clean.time(i) >= from && clean.time(i) < to, "at " + clean.time(i));
      }
      differOhlc += ohlc ? 1 : 0;
    }
    assertEquals(2649, differ);
    assertEquals(1442, differOhlc);
  }

  static void assertSame(BarSeries expected, BarSeries actual) {
    assertArrayEquals(expected.times(), actual.times());
    assertArrayEquals(expected.opens(), actual.opens());
    assertArrayEquals(expected.highs(), actual.highs());
    assertArrayEquals(expected.lows(), actual.lows());
    assertArrayEquals(expected.closes(), actual.closes());
    assertArrayEquals(expected.volumes(), actual.volumes());
  }
}
