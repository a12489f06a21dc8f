package dev.nightjar.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad parameters fail once per call with an IllegalArgumentException naming parameter and value.
 */
class KernelArgumentsTest {
  private static final double[] IN = {1, 2, 3};

  private static void fails(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void periodsBelowTheirMinimum() {
    fails("period must be >= 1, got 0", () -> Sma.compute(IN, 0));
    fails("period must be >= 1, got -3", () -> Ema.compute(IN, -3));
    fails("period must be >= 2, got 1", () -> Rsi.compute(IN, 1));
    fails(
        "period must be >= 2, got 1",
        () -> Adx.compute(IN, IN, IN, 1, new double[3], new double[3], new double[3]));
    fails(
        "fastK must be >= 1, got 0",
        () -> Stochastic.compute(IN, IN, IN, 0, 3, 3, new double[3], new double[3]));
    fails(
        "kijunPeriod must be >= 1, got 0",
        () ->
            Ichimoku.compute(
                IN, IN, 9, 0, 52, new double[3], new double[3], new double[3], new double[3]));
  }

  @Test
  void crossParameterRules() {
    fails(
        "slow must be > fast (12), got 12",
        () -> Macd.compute(IN, 12, 12, 9, new double[3], new double[3], new double[3]));
    fails(
        "acceleration must be finite and > 0, got 0.0", () -> ParabolicSar.compute(IN, IN, 0, 0.2));
    fails(
        "maximum must be finite and >= acceleration (0.02), got 0.01",
        () -> ParabolicSar.compute(IN, IN, 0.02, 0.01));
  }

  @Test
  void multipliers() {
    fails(
        "k must be finite and >= 0.0, got -1.0",
        () -> BollingerBands.compute(IN, 2, -1, new double[3], new double[3], new double[3]));
    fails(
        "multiplier must be finite and >= 0.0, got NaN",
        () -> SuperTrend.compute(IN, IN, IN, 2, Double.NaN, new double[3], new double[3]));
  }

  @Test
  void arrayLengths() {
    fails("out length must be 3, got 2", () -> Sma.compute(IN, 2, new double[2]));
    fails("low length must be 3, got 1", () -> Atr.compute(IN, new double[1], IN, 2));
    fails("out must not be null", () -> Wma.compute(IN, 2, null));
  }
}
