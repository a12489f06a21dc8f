package dev.nightjar.optimizer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {
  private static Stitched stitched(int symbol, double isCagr, double oosCagr) {
    double[] m = new double[Metric.count()];
    m[Metric.CAGR.ordinal()] = oosCagr;
    return new Stitched(symbol, new int[] {3, -1}, 1.0, isCagr, m);
  }

  @Test
  void walkForwardEfficiencyWorkedByHand() {
    // Symbol 0: its folds' best earned 50% a year in sample, the stitched walk-forward 10%.
    // Symbol 1: 30% in sample, 30% out of sample.
    // Means: out of sample (0.10 + 0.30) / 2 = 0.20, in sample (0.50 + 0.30) / 2 = 0.40,
    // so WFE = 0.20 / 0.40 = 0.5. Per symbol: 0.10 / 0.50 = 0.2 and 0.30 / 0.30 = 1.
    ValidationResult r =
        new ValidationResult(
            List.of(), List.of(stitched(0, 0.5, 0.1), stitched(1, 0.3, 0.3)), List.of());
    assertEquals(0.20, r.outOfSampleAnnualReturn(), 1e-15);
    assertEquals(0.40, r.inSampleAnnualReturn(), 1e-15);
    assertEquals(0.5, r.efficiency(), 1e-15);
    assertEquals(0.2, r.stitched().get(0).efficiency(), 1e-15);
    assertEquals(1.0, r.stitched().get(1).efficiency(), 1e-15);
  }

  @Test
  void efficiencyIsUndefinedUnlessTheInSampleReturnIsPositive() {
    assertEquals(-0.5, ValidationResult.efficiency(-0.1, 0.2), 1e-15);
    assertEquals(Double.NaN, ValidationResult.efficiency(0.1, 0));
    assertEquals(Double.NaN, ValidationResult.efficiency(0.1, -0.2));
    assertEquals(Double.NaN, ValidationResult.efficiency(0.1, Double.NaN));
    assertEquals(Double.NaN, ValidationResult.efficiency(Double.NaN, 0.2));
    // A symbol whose folds never ranked (NaN) is left out of the means.
    ValidationResult r =
        new ValidationResult(
            List.of(), List.of(stitched(0, 0.5, 0.1), stitched(1, Double.NaN, 0.3)), List.of());
    assertEquals(0.5, r.inSampleAnnualReturn(), 1e-15);
    assertEquals(0.2, r.outOfSampleAnnualReturn(), 1e-15);
  }
}
