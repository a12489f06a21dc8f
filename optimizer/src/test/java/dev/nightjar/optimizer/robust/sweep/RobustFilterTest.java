package dev.nightjar.optimizer.robust.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.ResultRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RobustFilterTest {
  private static ResultRow row(int combination) {
    return new ResultRow(0, combination, new double[Metric.count()], null);
  }

  /**
   * Ranked A (id 10), B (11), D (12), C (13), E (14). Returns: A = x = (1, 0, −1, 0), B = 2x + 1
   * (correlation exactly 1 with A), D = x, C = y = (0, 1, 0, −1) (x·y = 0 and both have mean 0, so
   * correlation 0 with A). DSR: all 0.97 except D's 0.5; E has no figures.
   */
  private static final List<ResultRow> RANKED =
      List.of(row(10), row(11), row(12), row(13), row(14));

  private static final ReturnsTable RETURNS =
      new ReturnsTable(
          86_400_000L,
          new long[] {0, 1, 2, 3},
          new int[] {0, 0, 0, 0},
          new int[] {10, 11, 12, 13},
          new double[][] {{1, 0, -1, 0}, {3, 1, -1, 1}, {1, 0, -1, 0}, {0, 1, 0, -1}});

  private static final Map<Long, Map<String, Double>> FIGURES =
      Map.of(
          RobustnessFiles.key(0, 10), Map.of("dsr", 0.97),
          RobustnessFiles.key(0, 11), Map.of("dsr", 0.97),
          RobustnessFiles.key(0, 12), Map.of("dsr", 0.5),
          RobustnessFiles.key(0, 13), Map.of("dsr", 0.97));

  @Test
  void dropsLowDsrAndCorrelatedRowsAndSaysWhy() {
    RobustFilter.Outcome o = RobustFilter.apply(RANKED, FIGURES, RETURNS, 0.95, 0.7, 2);
    assertEquals(List.of(row(10), row(13)), o.kept());
    assertEquals(List.of(1, 4), o.keptRanks());
    assertEquals(2, o.dropped().size());
    assertEquals(2, o.dropped().get(0).rank());
    assertEquals("return correlation 1.000 with rank 1 > 0.7", o.dropped().get(0).reason());
    assertEquals(3, o.dropped().get(1).rank());
    assertEquals("DSR 0.500 < 0.95", o.dropped().get(1).reason());
  }

  /** Without a DSR test, D (= x) is excluded by A instead; E has no figures at all. */
  @Test
  void correlationOnlyAndMissingFigures() {
    RobustFilter.Outcome o = RobustFilter.apply(RANKED, FIGURES, RETURNS, Double.NaN, 0.7, 5);
    assertEquals(List.of(row(10), row(13)), o.kept());
    assertEquals(List.of(2, 3, 5), o.dropped().stream().map(RobustFilter.Dropped::rank).toList());
    assertEquals("return correlation 1.000 with rank 1 > 0.7", o.dropped().get(1).reason());
    assertEquals("no robustness figures (outside the analyzed top 4)", o.dropped().get(2).reason());
  }

  @Test
  void dsrOnlyKeepsCorrelatedRows() {
    RobustFilter.Outcome o = RobustFilter.apply(RANKED, FIGURES, RETURNS, 0.95, Double.NaN, 3);
    assertEquals(List.of(row(10), row(11), row(13)), o.kept());
  }
}
