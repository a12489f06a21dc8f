package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nightjar.data.DataException;
import dev.nightjar.data.SeriesId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of bad row stops the import with a message naming file, line, column and value; with
 * {@code dropInvalid} the row is dropped and counted instead. Line 2 is always a good row, so the
 * bad row is on line 3.
 */
class BadRowsTest {
  private static final String HEADER = "time,open,high,low,close,volume\n";
  private static final String GOOD = "1699999980000,10,12,9,11,5\n"; // 2023-11-14T22:13:00Z
  private static final String LATER = "1700000100000,10,12,9,11,5\n"; // 22:15:00Z

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unparseable number | 1700000040000,10,12,9,abc,5 | column 'close': expected a number, got"
            + " 'abc'",
        "NaN text | 1700000040000,NaN,12,9,11,5 | column 'open': expected a number, got 'NaN'",
        "overflows to infinity | 1700000040000,10,1e999,9,11,5 | column 'high': expected a finite"
            + " number > 0, got '1e999'",
        "zero price | 1700000040000,10,12,0,11,5 | column 'low': expected a finite number > 0, got"
            + " '0'",
        "negative price | 1700000040000,10,12,9,-11,5 | column 'close': expected a finite number"
            + " > 0, got '-11'",
        "negative volume | 1700000040000,10,12,9,11,-0.5 | column 'volume': expected a finite"
            + " number >= 0, got '-0.5'",
        "high below close | 1700000040000,10,10.5,9,11,5 | column 'high': high must be >= open, low"
            + " and close (open 10.0, high 10.5, low 9.0, close 11.0), got '10.5'",
        "low above open | 1700000040000,10,12,10.25,11,5 | column 'low': low must be <= open and"
            + " close (open 10.0, high 12.0, low 10.25, close 11.0), got '10.25'",
        "misaligned time | 1700000041500,10,12,9,11,5 | column 'time': open time"
            + " 2023-11-14T22:14:01Z is not the start of a 1m bar, got '1700000041500'",
        "bad time text | 2023-13-01,10,12,9,11,5 | column 'time': expected epoch seconds/ms/µs/ns"
            + " or an ISO-8601 date or date-time, got '2023-13-01'",
        "empty cell | 1700000040000,10,,9,11,5 | column 'high': missing value",
        "too few columns | 1700000040000,10,12,9,11 | expected 6 columns, got 5, got"
            + " '1700000040000,10,12,9,11'",
        "too many columns | 1700000040000,10,12,9,11,5,7 | expected 6 columns, got 7, got"
            + " '1700000040000,10,12,9,11,5,7'",
      })
  void stopsAtTheBadRowNamingLineColumnAndValue(String kind, String row, String expected)
      throws IOException {
    Path file = write("bad.csv", HEADER + GOOD + row + "\n" + LATER);
    DataException e =
        assertThrows(
            DataException.class,
            () -> Importer.importFile(file, SeriesId.parse("X:1m"), ImportOptions.defaults()));
    assertEquals(file + ":3: " + expected, e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void dropInvalidCountsAndKeepsSamples() throws IOException {
    Path file =
        write(
            "bad.csv",
            HEADER
                + GOOD
                + "1700000040000,10,12,9,x,5\n"
                + "1700000040000,10,12,13,11,5\n"
                + LATER);
    ImportResult r =
        Importer.importFile(
            file, SeriesId.parse("X:1m"), ImportOptions.defaults().withDropInvalid(true));
    assertEquals(4, r.rowsRead());
    assertEquals(2, r.invalidDropped());
    assertArrayEquals(new long[] {1699999980000L, 1700000100000L}, r.series().times());
    assertEquals(
        List.of(
            file + ":3: column 'close': expected a number, got 'x'",
            file
                + ":4: column 'high': high must be >= open, low and close (open 10.0, high 12.0,"
                + " low 13.0, close 11.0), got '12'"),
        r.invalidSamples());
  }

  @Test
  void headerWithoutACloseColumn() throws IOException {
    Path file = write("h.csv", "time,open,high,low,last,volume\n" + GOOD);
    DataException e =
        assertThrows(
            DataException.class,
            () -> Importer.importFile(file, SeriesId.parse("X:1m"), ImportOptions.defaults()));
    assertEquals(
        file + ":1: the header has no close column, got 'time,open,high,low,last,volume'",
        e.getMessage());
  }

  @Test
  void jsonBadValueNamesTheRowsLineAndField() throws IOException {
    Path file =
        write(
            "bad.json",
            "[\n  {\"time\": 1699999980000, \"open\": 1, \"high\": 2, \"low\": 1, \"close\": 2,"
                + " \"volume\": 1},\n  {\"time\": 1700000040000, \"open\": 1, \"high\": 2,"
                + " \"low\": 1, \"close\": \"two\", \"volume\": 1}\n]\n");
    DataException e =
        assertThrows(
            DataException.class,
            () -> Importer.importFile(file, SeriesId.parse("X:1m"), ImportOptions.defaults()));
    assertEquals(file + ":3: column 'close': expected a number (row 2), got 'two'", e.getMessage());
  }

  @Test
  void malformedJsonNamesTheLine() throws IOException {
    Path file =
        write("broken.json", "[[1699999980000, 1, 2, 1, 2, 1],\n [1700000040000, 1, 2,,]]\n");
    DataException e =
        assertThrows(
            DataException.class,
            () -> Importer.importFile(file, SeriesId.parse("X:1m"), ImportOptions.defaults()));
    assertEquals(2, e.line());
  }

  @Test
  void exactDuplicatesAreDroppedAndCounted() throws IOException {
    Path file = write("dup.csv", HEADER + GOOD + LATER + GOOD + GOOD);
    ImportResult r = Importer.importFile(file, SeriesId.parse("X:1m"), ImportOptions.defaults());
    assertEquals(4, r.rowsRead());
    assertEquals(2, r.exactDuplicatesDropped());
    assertEquals(0, r.conflictsResolved());
    assertArrayEquals(new long[] {1699999980000L, 1700000100000L}, r.series().times());
  }

  @Test
  void conflictingDuplicateInCsvNamesBothLines() throws IOException {
    Path file = write("dup.csv", HEADER + GOOD + LATER + GOOD.replace(",5\n", ",6\n"));
    DataException e =
        assertThrows(
            DataException.class,
            () -> Importer.importFile(file, SeriesId.parse("X:1m"), ImportOptions.defaults()));
    assertEquals(
        file
            + ":4: open time 1699999980000 (2023-11-14T22:13:00Z) appears at lines 2 and 4 with"
            + " different values; choose one with --on-duplicate keep-first or keep-last (file order)",
        e.getMessage());
  }

  @Test
  void aFileWithoutValidRowsIsAnError() throws IOException {
    SeriesId id = SeriesId.parse("X:1m");
    Path empty = write("empty.csv", HEADER);
    DataException e =
        assertThrows(
            DataException.class, () -> Importer.importFile(empty, id, ImportOptions.defaults()));
    assertEquals(empty + ": no data rows", e.getMessage());
    Path bad = write("bad.csv", HEADER + "1699999980000,10,12,9,x,5\n");
    ImportOptions drop = ImportOptions.defaults().withDropInvalid(true);
    e = assertThrows(DataException.class, () -> Importer.importFile(bad, id, drop));
    assertEquals(bad + ": no valid rows (1 of 1 dropped)", e.getMessage());
  }
}
