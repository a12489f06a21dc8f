package dev.nightjar.optimizer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableCsvTest {
  private static String write(int chunkRows, int rows) {
    StringWriter out = new StringWriter();
    TableCsv csv = new TableCsv(out, List.of("a", "b"), chunkRows);
    for (int i = 0; i < rows; i++) {
      csv.add(new String[] {Integer.toString(i), i % 2 == 0 ? "" : "x, \"y\""});
    }
    csv.finish();
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 10_000})
  void chunkingDoesNotChangeTheBytes(int chunkRows) {
    // Header once, \n line ends, empty cells empty, a comma or quote quoted with quotes doubled.
    assertEquals("a,b\n0,\n1,\"x, \"\"y\"\"\"\n2,\n3,\"x, \"\"y\"\"\"\n4,\n", write(chunkRows, 5));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10_000})
  void noRowsStillWritesTheHeader(int chunkRows) {
    assertEquals("a,b\n", write(chunkRows, 0));
  }
}
