package dev.nightjar.optimizer.run.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic rows per task id, shared by the tests and the crashing child JVM. */
final class TestRows {
  private static final double[] SPECIAL = {
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    -0.0,
    Double.MIN_VALUE,
    Double.MAX_VALUE
  };

  private TestRows() {}

  /** 1 to 30 rows seeded by the task id; every 4th row failed with a non-ASCII message. */
  static List<ResultRow> of(int taskId) {
    Random r = new Random(taskId * 7919L + 17);
    int n = 1 + r.nextInt(30);
    List<ResultRow> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] metrics = new double[Metric.count()];
      for (int m = 0; m < metrics.length; m++) {
        metrics[m] = r.nextInt(5) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextGaussian();
      }
      String error = i % 4 == 3 ? "task " + taskId + " row " + i + ": Größe ≠ 🦉" : null;
      rows.add(new ResultRow(taskId % 3, taskId * 100 + i, metrics, error));
    }
    return rows;
  }

  /** Equal rows, metrics compared by their raw bits (NaN payloads and -0.0 included). */
  static void assertSameRows(List<ResultRow> expected, List<ResultRow> actual) {
    assertEquals(expected.size(), actual.size(), "row count");
    for (int i = 0; i < expected.size(); i++) {
      ResultRow e = expected.get(i);
      ResultRow a = actual.get(i);
      assertEquals(e.symbol(), a.symbol(), "symbol of row " + i);
      assertEquals(e.combination(), a.combination(), "combination of row " + i);
      assertEquals(e.error(), a.error(), "error of row " + i);
      for (int m = 0; m < e.metrics().length; m++) {
        assertEquals(
            Double.doubleToRawLongBits(e.metrics()[m]),
            Double.doubleToRawLongBits(a.metrics()[m]),
            "bits of metric " + m + " of row " + i);
      }
    }
  }
}
