package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One hand-written fixture per format; expected values are read off the fixture by eye. */
class FormatsTest {
  static Path fixture(String name) {
    try {
      return Path.of(FormatsTest.class.getResource("/io/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ImportResult load(String name, String id, ImportOptions options) {
    return Importer.importFile(fixture(name), SeriesId.parse(id), options);
  }

  @ParameterizedTest
  @CsvSource({
    "cdd_mixed.csv, CRYPTODATADOWNLOAD",
    "cdd_unix_timestamp.csv, CRYPTODATADOWNLOAD",
    "binance_micros.csv, BINANCE",
    "index_column.csv, CSV",
    "iso_datetimes.csv, CSV",
    "freqtrade.json, JSON_ARRAY",
    "coinbase.json, JSON_OBJECTS",
    "ta4j_endtime.json, JSON_OBJECTS",
    "top_level_objects.json, JSON_OBJECTS"
  })
  void detectsTheFormat(String name, Format expected) {
    assertEquals(expected, Importer.detect(fixture(name)));
  }

  @ParameterizedTest
  @CsvSource({
    "csv, CSV",
    "CSV, CSV",
    "binance, BINANCE",
    "json, JSON_ARRAY",
    "json-objects, JSON_OBJECTS",
    "cryptodatadownload, CRYPTODATADOWNLOAD",
    "cdd, CRYPTODATADOWNLOAD"
  })
  void parsesFormatNames(String text, Format expected) {
    assertEquals(expected, Format.parse(text));
  }

  @Test
  void refusesUnknownFormatNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Format.parse("xlsx"));
    assertEquals(
        "unknown format 'xlsx': expected csv, binance, json, json-objects, cryptodatadownload or"
            + " cdd",
        e.getMessage());
  }

  @Test
  void cryptoDataDownloadWithUrlLineMixedUnitsAndAConflict() {
    Path file = fixture("cdd_mixed.csv");
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                Importer.importFile(file, SeriesId.parse("BTCUSDT:1h"), ImportOptions.defaults()));
    // 1605859200000 ms = 1605859200.0 s = 2020-11-20 08:00 UTC, on lines 4 (ms) and 5 (seconds)
    assertEquals(
        file
            + ":5: open time 1605859200000 (2020-11-20T08:00:00Z) appears at lines 4 and 5 with"
            + " different values; choose one with --on-duplicate keep-first or keep-last (file order)",
        e.getMessage());

    ImportResult first =
        load(
            "cdd_mixed.csv",
            "BTCUSDT:1h",
            ImportOptions.defaults().withDuplicates(DuplicatePolicy.KEEP_FIRST));
    BarSeries s = first.series();
    assertEquals(4, first.rowsRead());
    assertEquals(1, first.conflictsResolved());
    assertArrayEquals(new long[] {1605855600000L, 1605859200000L, 1605862800000L}, s.times());
    assertArrayEquals(new double[] {18212, 18300, 18350}, s.closes());
    assertArrayEquals(new double[] {4940.76, 10, 12.5}, s.volumes()); // "Volume BTC"

    BarSeries last =
        load(
                "cdd_mixed.csv",
                "BTCUSDT:1h",
                ImportOptions.defaults().withDuplicates(DuplicatePolicy.KEEP_LAST))
            .series();
    assertArrayEquals(new double[] {18212, 18299.5, 18350}, last.closes());
    assertArrayEquals(new double[] {4940.76, 9.99, 12.5}, last.volumes());
  }

  @Test
  void olderCryptoDataDownloadHeaderWithUnixTimestamp() {
    BarSeries s = load("cdd_unix_timestamp.csv", "BTCUSD:1h", ImportOptions.defaults()).series();
    assertArrayEquals(new long[] {1605855600000L, 1605859200000L}, s.times());
    assertArrayEquals(new double[] {18212, 18299.5}, s.closes());
    assertArrayEquals(new double[] {4940.76, 9.99}, s.volumes()); // "Volume BTC", the first
  }

  @Test
  void binanceMicrosecondOpenTimes() {
    BarSeries s = load("binance_micros.csv", "BTCUSDT:1m", ImportOptions.defaults()).series();
    // 1735689600000000 µs = 2025-01-01T00:00:00Z
    assertArrayEquals(new long[] {1735689600000L, 1735689660000L}, s.times());
    assertArrayEquals(new double[] {93576, 93610.93}, s.opens());
    assertArrayEquals(new double[] {93610.93, 93652}, s.highs());
    assertArrayEquals(new double[] {93537.5, 93606}, s.lows());
    assertArrayEquals(new double[] {93610.93, 93652}, s.closes());
    assertArrayEquals(new double[] {8.21827, 15.47136}, s.volumes());
  }

  @Test
  void indexColumnHoldsIsoDates() {
    BarSeries s = load("index_column.csv", "X:1d", ImportOptions.defaults()).series();
    // 2013-01-02T00:00Z = 15707 days * 86400000 ms
    assertArrayEquals(new long[] {15707 * 86_400_000L, 15708 * 86_400_000L}, s.times());
    assertArrayEquals(new double[] {10, 11}, s.opens());
    assertArrayEquals(new double[] {12, 13}, s.highs());
    assertArrayEquals(new double[] {9, 10.5}, s.lows());
    assertArrayEquals(new double[] {11, 12.5}, s.closes());
    assertArrayEquals(new double[] {100, 200}, s.volumes());
  }

  @Test
  void isoDateTimesWithOffsetsSpaceAndZAreSorted() {
    BarSeries s = load("iso_datetimes.csv", "X:1h", ImportOptions.defaults()).series();
    long nine = 1492592400000L; // 2017-04-19T09:00:00Z
    assertArrayEquals(new long[] {nine, nine + 3_600_000L, nine + 7_200_000L}, s.times());
    assertArrayEquals(new double[] {1.55, 1.65, 1.61}, s.closes());
  }

  @Test
  void jsonArrayOfArraysWithNumbersAndStrings() {
    ImportResult r = load("freqtrade.json", "X:1m", ImportOptions.defaults());
    BarSeries s = r.series();
    assertEquals(Format.JSON_ARRAY, r.format());
    assertArrayEquals(new long[] {1509836520000L, 1509836580000L}, s.times());
    assertArrayEquals(new double[] {0.00162008, 0.00161}, s.opens());
    assertArrayEquals(new double[] {0.00162008, 0.00162}, s.highs());
    assertArrayEquals(new double[] {0.00162008, 0.0016}, s.lows());
    assertArrayEquals(new double[] {108.14853839, 82.39}, s.volumes());
  }

  @Test
  void coinbaseCandlesInSecondsWithStringValuesAnyFieldOrder() {
    BarSeries s = load("coinbase.json", "BTCUSD:4h", ImportOptions.defaults()).series();
    assertArrayEquals(new long[] {1463544000000L, 1463558400000L}, s.times());
    assertArrayEquals(new double[] {456.16, 456.14}, s.opens());
    assertArrayEquals(new double[] {456.81, 456.33}, s.highs());
    assertArrayEquals(new double[] {455.3, 454.79}, s.lows());
    assertArrayEquals(new double[] {456.02, 456.1}, s.closes());
    assertArrayEquals(new double[] {561.88098307, 446.0329534}, s.volumes());
  }

  @Test
  void closeTimeIsTheCandlesLastMillisecond() {
    BarSeries s = load("ta4j_endtime.json", "ETHUSD:5m", ImportOptions.defaults()).series();
    // open = endTime + 1 - 300000: 1678730699999 + 1 - 300000 = 1678730400000 (18:00Z)
    assertArrayEquals(new long[] {1678730400000L, 1678730700000L}, s.times());
    assertArrayEquals(new double[] {1673.58, 1673.04}, s.opens());
    assertArrayEquals(new double[] {65.3033, 147.3332}, s.volumes());
  }

  @Test
  void topLevelObjectsWithShortAndCapitalisedNames() {
    BarSeries s = load("top_level_objects.json", "X:1m", ImportOptions.defaults()).series();
    assertArrayEquals(new long[] {1699999980000L, 1700000040000L}, s.times());
    assertArrayEquals(new double[] {1, 1.5}, s.opens());
    assertArrayEquals(new double[] {2, 2.5}, s.highs());
    assertArrayEquals(new double[] {0.5, 1}, s.lows());
    assertArrayEquals(new double[] {1.5, 2}, s.closes());
    assertArrayEquals(new double[] {3, 4}, s.volumes());
  }

  @Test
  void forcedFormatOverridesDetection() {
    Path file = fixture("cdd_mixed.csv");
    SeriesId id = SeriesId.parse("X:1h");
    ImportOptions csv = ImportOptions.defaults().withFormat(Format.CSV);
    // read as generic CSV, the URL line is taken for the header, which has no time column
    DataException e = assertThrows(DataException.class, () -> Importer.importFile(file, id, csv));
    assertEquals(
        file + ":1: the header has no time column, got 'https://www.CryptoDataDownload.com'",
        e.getMessage());
  }
}
