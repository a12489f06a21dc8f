package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.data.SeriesId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Duplicate policies and gap filling on tiny hand-made files (values checked by eye). */
class DuplicatesAndGapsTest {
  private static final SeriesId ID = SeriesId.parse("X:1h");
  private static final long H = 3_600_000L;
  private static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z (small numbers would

  // be read as epoch seconds)

  private static String at(long hours, String values) {
    return (T0 + hours * H) + "," + values;
  }

  @TempDir Path dir;

  private Path write(String... rows) throws IOException {
    return Files.writeString(
        dir.resolve("f.csv"), "time,open,high,low,close,volume\n" + String.join("\n", rows) + "\n");
  }

  // Lines 2-4 share hour 1: A (close 2), B (close 3), A again. A third row copies A exactly.
  @ParameterizedTest
  @CsvSource({"KEEP_FIRST, 2", "KEEP_LAST, 2"})
  void policiesPickInFileOrderAndCountCopiesApart(DuplicatePolicy policy, double closeAtOne)
      throws IOException {
    Path file =
        write(
            at(0, "1,4,1,2,1"), //
            at(1, "1,4,1,2,1"), // A
            at(1, "1,4,1,3,1"), // B
            at(1, "1,4,1,2,1")); // A again: an exact copy, and the last row of the hour
    ImportResult r = Importer.importFile(file, ID, new ImportOptions(null, policy, false, false));
    assertEquals(1, r.exactDuplicatesDropped());
    assertEquals(1, r.conflictsResolved()); // B (or A) dropped by the policy
    assertArrayEquals(new double[] {2, closeAtOne}, r.series().closes());
  }

  @Test
  void keepLastTakesTheLastRowInTheFileNotTheLatestValue() throws IOException {
    // a newest-first file: the hour-1 row nearer the end of the file wins under KEEP_LAST
    Path file =
        write(at(2, "1,4,1,2,1"), at(1, "1,4,1,3,1"), at(1, "1,4,1,4,1"), at(0, "1,4,1,2,1"));
    ImportOptions last = ImportOptions.defaults().withDuplicates(DuplicatePolicy.KEEP_LAST);
    assertArrayEquals(
        new double[] {2, 4, 2}, Importer.importFile(file, ID, last).series().closes());
    ImportOptions first = ImportOptions.defaults().withDuplicates(DuplicatePolicy.KEEP_FIRST);
    assertArrayEquals(
        new double[] {2, 3, 2}, Importer.importFile(file, ID, first).series().closes());
  }

  @Test
  void gapsAreReportedAndFilledWithFlatBarsAtThePreviousClose() throws IOException {
    // hours 0, 1, 4, 6: gaps 1 -> 4 (2 missing) and 4 -> 6 (1 missing)
    Path file =
        write(
            at(0, "10,12,9,11,5"),
            at(1, "11,13,10,12,6"),
            at(4, "12,14,11,13,7"),
            at(6, "13,15,12,14,8"));
    ImportResult plain = Importer.importFile(file, ID, ImportOptions.defaults());
    Gaps g = plain.gaps();
    assertEquals(2, g.count());
    assertEquals(3, g.missingBars());
    assertEquals(3 * H, g.longestMillis());
    assertEquals(
        List.of(new Gap(T0 + H, T0 + 4 * H, 2), new Gap(T0 + 4 * H, T0 + 6 * H, 1)), g.first());
    assertEquals(0, plain.filledBars());
    assertEquals(4, plain.series().size());

    ImportResult filled =
        Importer.importFile(file, ID, ImportOptions.defaults().withFillGaps(true));
    assertEquals(3, filled.filledBars());
    assertEquals(g, filled.gaps()); // the gaps found, before filling
    var s = filled.series();
    assertArrayEquals(
        new long[] {T0, T0 + H, T0 + 2 * H, T0 + 3 * H, T0 + 4 * H, T0 + 5 * H, T0 + 6 * H},
        s.times());
    assertArrayEquals(new double[] {10, 11, 12, 12, 12, 13, 13}, s.opens());
    assertArrayEquals(new double[] {12, 13, 12, 12, 14, 13, 15}, s.highs());
    assertArrayEquals(new double[] {9, 10, 12, 12, 11, 13, 12}, s.lows());
    assertArrayEquals(new double[] {11, 12, 12, 12, 13, 13, 14}, s.closes());
    assertArrayEquals(new double[] {5, 6, 0, 0, 7, 0, 8}, s.volumes());
  }
}
