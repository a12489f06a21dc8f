package dev.nightjar.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tiny series worked by hand; each expected value is derived in the row's comment. */
class WorkedExamplesTest {
  private static final double NAN = Double.NaN;

  private static double[] series(String text) {
    return Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
  }

  @ParameterizedTest(name = "{0}:{2} of [{1}] at {3}")
  @CsvSource({
    // (1 + 2 + 3) / 3 = 2, (3 + 4 + 5) / 3 = 4
    "sma, 1 2 3 4 5, 3, 2, 2",
    "sma, 1 2 3 4 5, 3, 4, 4",
    // weights 1, 2, 3: (1*1 + 2*2 + 3*3) / 6 = 14/6
    "wma, 1 2 3, 3, 2, 2.3333333333333335",
    // alpha = 2/3; seed (1 + 2) / 2 = 1.5; 1.5 + 2/3 * (3 - 1.5) = 2.5; 2.5 + 2/3 * (4 - 2.5) = 3.5
    "ema, 1 2 3 4, 2, 1, 1.5",
    "ema, 1 2 3 4, 2, 3, 3.5",
    // changes +1 -1 +1; seed gain (1 + 0)/2, loss (0 + 1)/2 -> 50; then gain 0.5 + (1 - 0.5)/2 =
    // 0.75, loss 0.5 + (0 - 0.5)/2 = 0.25 -> 100 * 0.75 / 1 = 75
    "rsi, 1 2 1 2, 2, 2, 50",
    "rsi, 1 2 1 2, 2, 3, 75",
    // 110 - 100 and 100 * (110 / 100 - 1)
    "mom, 100 110, 1, 1, 10",
    "roc, 100 110, 1, 1, 10",
    // population sd of {2, 4, 4, 4, 5, 5, 7, 9} is 2
    "stddev, 2 4 4 4 5 5 7 9, 8, 7, 2",
    // dema p=1 is 2x - x = x; tema p=1 is 3x - 3x + x = x
    "dema, 5 6 7, 1, 2, 7",
    "tema, 5 6 7, 1, 2, 7"
  })
  void singleInputKernels(String kernel, String input, int period, int index, double expected) {
    double[] in = series(input);
    double[] out =
        switch (kernel) {
          case "sma" -> Sma.compute(in, period);
          case "wma" -> Wma.compute(in, period);
          case "ema" -> Ema.compute(in, period);
          case "rsi" -> Rsi.compute(in, period);
          case "mom" -> Momentum.compute(in, period);
          case "roc" -> Roc.compute(in, period);
          case "stddev" -> RollingStdDev.compute(in, period);
          case "dema" -> Dema.compute(in, period);
          case "tema" -> Tema.compute(in, period);
          default -> throw new IllegalArgumentException(kernel);
        };
    assertEquals(expected, out[index], 1e-12);
  }

  @Test
  void obvAddsAndSubtractsTheVolume() {
    // starts at the first volume; up +20; flat 0; down -40
    assertArrayEquals(
        new double[] {10, 30, 30, -10},
        Obv.compute(new double[] {1, 2, 2, 1}, new double[] {10, 20, 30, 40}));
  }

  @Test
  void trueRangeUsesThePreviousClose() {
    // bar 1: max(12, 9) - min(11, 9) = 3 (the gap from the previous close counts)
    assertArrayEquals(
        new double[] {NAN, 3},
        TrueRange.compute(new double[] {10, 12}, new double[] {8, 11}, new double[] {9, 11.5}));
  }

  @Test
  void aroonCountsBarsSinceTheExtreme() {
    // p = 2, window of 3 bars ending at 2: highest high 3 at bar 1 -> 100 * (2 - 1) / 2 = 50;
    // lowest low 0 at bar 1 -> 50. At bar 3 highest 5 is the current bar -> 100; lowest still bar 1
    // -> 100 * (2 - 2) / 2 = 0.
    double[] down = new double[4];
    double[] up = new double[4];
    Aroon.compute(new double[] {1, 3, 2, 5}, new double[] {1, 0, 2, 4}, 2, down, up);
    assertArrayEquals(new double[] {NAN, NAN, 50, 100}, up);
    assertArrayEquals(new double[] {NAN, NAN, 50, 0}, down);
  }

  @Test
  void donchianAndWilliamsROnAThreeBarWindow() {
    double[] h = {5, 7, 6, 4};
    double[] l = {3, 4, 2, 3};
    double[] c = {4, 6, 3, 3.5};
    double[] upper = new double[4];
    double[] middle = new double[4];
    double[] lower = new double[4];
    Donchian.compute(h, l, 3, upper, middle, lower);
    // windows [0..2]: max 7, min 2; [1..3]: max 7, min 2
    assertArrayEquals(new double[] {NAN, NAN, 7, 7}, upper);
    assertArrayEquals(new double[] {NAN, NAN, 2, 2}, lower);
    assertArrayEquals(new double[] {NAN, NAN, 4.5, 4.5}, middle);
    // %R = -100 * (7 - close) / (7 - 2): close 3 -> -80, close 3.5 -> -70
    assertArrayEquals(new double[] {NAN, NAN, -80, -70}, WilliamsR.compute(h, l, c, 3), 1e-12);
  }

  @Test
  void leadingNaNShiftsTheWarmup() {
    // SMA(2) of [NaN, NaN, 1, 3, 5]: starts at the first finite bar 2, first output at bar 3
    assertArrayEquals(
        new double[] {NAN, NAN, NAN, 2, 4}, Sma.compute(new double[] {NAN, NAN, 1, 3, 5}, 2));
  }

  @Test
  void interiorNaNPropagatesAsDocumented() {
    double[] in = {1, 2, NAN, 4, 5, 6, 7};
    // recursive state: NaN from the bad bar on
    double[] ema = Ema.compute(in, 2);
    assertArrayEquals(new double[] {NAN, 1.5, NAN, NAN, NAN, NAN, NAN}, ema);
    // rolling max/min: NaN exactly for the windows holding the bad bar (bars 2..4 for period 3)
    double[] upper = new double[7];
    double[] middle = new double[7];
    double[] lower = new double[7];
    Donchian.compute(in, in, 3, upper, middle, lower);
    assertArrayEquals(new double[] {NAN, NAN, NAN, NAN, NAN, 6, 7}, upper);
    assertArrayEquals(new double[] {NAN, NAN, NAN, NAN, NAN, 4, 5}, lower);
  }
}
