package dev.nightjar.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsAccumulatorTest {
  private static final long DAY = 86_400_000L;

  private static double[] run(double[] equity, double[]... trades) {
    MetricsAccumulator acc = new MetricsAccumulator(100);
    for (int i = 0; i < equity.length; i++) {
      acc.onBar(i * DAY, equity[i], false);
    }
    for (double[] t : trades) {
      acc.onTrade(t[0], t[1], (int) t[2], false);
    }
    double[] out = new double[Metric.count()];
    acc.finish(365, 0, out);
    return out;
  }

  /**
   * backtesting.py's test_compute_drawdown case: drawdowns 0, 1, 7, 0, 4, 0, 0 % give two episodes,
   * bars 0→3 (3 bars, 7 % deep) and 3→5 (2 bars, 4 % deep).
   */
  @Test
  void drawdownEpisodes() {
    double[] m = run(new double[] {100, 99, 93, 100, 96, 100, 100});
    assertEquals(0.07, m[Metric.MAX_DRAWDOWN.ordinal()], 1e-15);
    assertEquals(3, m[Metric.MAX_DRAWDOWN_BARS.ordinal()]);
    assertEquals(3 * DAY, m[Metric.MAX_DRAWDOWN_MS.ordinal()]);
    assertEquals((0.07 + 0.04) / 2, m[Metric.AVG_DRAWDOWN.ordinal()], 1e-15);
    assertEquals(100, m[Metric.PEAK_EQUITY.ordinal()]);
  }

  /** A drawdown never recovered ends at the last bar: peak at bar 1, last bar 4 → 3 bars. */
  @Test
  void unrecoveredDrawdownEndsAtTheLastBar() {
    double[] m = run(new double[] {100, 110, 99, 88, 95});
    assertEquals(0.2, m[Metric.MAX_DRAWDOWN.ordinal()], 1e-15); // 1 − 88/110
    assertEquals(3, m[Metric.MAX_DRAWDOWN_BARS.ordinal()]);
    assertEquals(-0.05, m[Metric.TOTAL_RETURN.ordinal()], 1e-15); // 95/100 − 1
  }

  @Test
  void undefinedValuesAreNaN() {
    double[] m = run(new double[] {100, 100, 100});
    for (Metric k :
        new Metric[] {
          Metric.SHARPE, Metric.SORTINO, Metric.CALMAR, Metric.AVG_DRAWDOWN, Metric.WIN_RATE,
          Metric.PROFIT_FACTOR, Metric.EXPECTANCY, Metric.SQN, Metric.BEST_TRADE,
              Metric.WORST_TRADE,
          Metric.AVG_TRADE, Metric.AVG_TRADE_BARS, Metric.KELLY
        }) {
      assertTrue(Double.isNaN(m[k.ordinal()]), k.key());
    }
    assertEquals(0, m[Metric.TRADES.ordinal()]);
    assertEquals(0, m[Metric.MAX_DRAWDOWN.ordinal()]);
  }

  /** Two winners (pnl 5 and 15), no loser: profit factor +Inf, Kelly undefined, win rate 1. */
  @Test
  void profitFactorWithoutLossesIsInfinite() {
    double[] m =
        run(new double[] {100, 105, 120}, new double[] {5, 0.05, 1}, new double[] {15, 0.14, 1});
    assertEquals(Double.POSITIVE_INFINITY, m[Metric.PROFIT_FACTOR.ordinal()]);
    assertTrue(Double.isNaN(m[Metric.KELLY.ordinal()]));
    assertEquals(1, m[Metric.WIN_RATE.ordinal()]);
    // SQN = √2 · mean / sd = √2 · 10 / √50 (sd of {5, 15} with n − 1 = √50) = 2
    assertEquals(2, m[Metric.SQN.ordinal()], 1e-12);
  }

  /**
   * Trades pnl +30, −10, −10, +0: win rate 1/4, profit factor 30/20, expectancy 10/4, Kelly W − (1
   * − W)/R with R = 30/10 → 0.25 − 0.75/3 = 0.
   */
  @ParameterizedTest
  @CsvSource({"WIN_RATE, 0.25", "PROFIT_FACTOR, 1.5", "EXPECTANCY, 2.5", "KELLY, 0", "TRADES, 4"})
  void tradeStatistics(Metric metric, double expected) {
    double[] m =
        run(
            new double[] {100},
            new double[] {30, 0.3, 2},
            new double[] {-10, -0.1, 1},
            new double[] {-10, -0.1, 3},
            new double[] {0, 0, 2});
    assertEquals(expected, m[metric.ordinal()], 1e-15);
  }

  /**
   * Returns +10 % then −10 %: mean 0 → Sharpe 0; one negative return of the two → downside
   * √(0.01/2).
   */
  @Test
  void returnStatistics() {
    double[] m = run(new double[] {110, 99});
    assertEquals(0, m[Metric.SHARPE.ordinal()], 1e-12);
    assertEquals(0, m[Metric.SORTINO.ordinal()], 1e-12);
    // sd of {0.1, −0.1} with n − 1 = √0.02; annualized × √365
    assertEquals(Math.sqrt(0.02) * Math.sqrt(365), m[Metric.ANNUAL_VOLATILITY.ordinal()], 1e-12);
    // CAGR: 0.99^(365/2) − 1
    assertEquals(Math.pow(0.99, 182.5) - 1, m[Metric.CAGR.ordinal()], 1e-12);
  }

  @Test
  void keysAreUniqueSnakeCaseAndFoundByKey() {
    Set<String> keys = new HashSet<>();
    for (Metric m : Metric.values()) {
      assertTrue(m.key().matches("[a-z]+(_[a-z]+)*"), m.key());
      assertTrue(keys.add(m.key()), m.key());
      assertEquals(m, Metric.byKey(m.key().toUpperCase(java.util.Locale.ROOT)));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Metric.byKey("sharp"));
    assertTrue(e.getMessage().contains("'sharp'") && e.getMessage().contains("sharpe"));
    assertTrue(Metric.SHARPE.higherIsBetter());
    assertFalse(Metric.MAX_DRAWDOWN.higherIsBetter());
  }

  @Test
  void badArgumentsAreNamed() {
    assertThrows(IllegalArgumentException.class, () -> new MetricsAccumulator(0));
    MetricsAccumulator acc = new MetricsAccumulator(1);
    assertThrows(IllegalArgumentException.class, () -> acc.finish(365, 0, new double[3]));
    assertThrows(IllegalArgumentException.class, () -> Metrics.of(new double[3]));
  }

  /**
   * The sign-bit negative part is Math.min(r, 0) bit for bit for every value but a NaN with a clear
   * sign bit (then 0: see its javadoc for why no metric changes).
   */
  @Test
  void negativePartIsMathMinOfZeroExceptForAPositiveNan() {
    double negativeNan = Double.longBitsToDouble(0xfff8000000000000L);
    double[] values = {
      -1.5,
      -0.0,
      0.0,
      2.0,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      -Double.MIN_NORMAL,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      negativeNan
    };
    for (double r : values) {
      assertEquals(
          Double.doubleToRawLongBits(Math.min(r, 0)),
          Double.doubleToRawLongBits(MetricsAccumulator.negativePart(r)),
          "r = " + r);
    }
    assertEquals(0, Double.doubleToRawLongBits(MetricsAccumulator.negativePart(Double.NaN)));
  }
}
