package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    EngineConfig c = EngineConfig.defaults();
    assertEquals(FillTiming.NEXT_OPEN, c.fill());
    assertEquals(0.0006, c.fee());
    assertEquals(0, c.spread());
    assertEquals(0, c.slippageBps());
    assertEquals(new Sizing.AllIn(), c.sizing());
    assertEquals(1, c.leverage());
    assertEquals(0.005, c.maintenanceMarginRate());
    assertEquals(new Funding.None(), c.funding());
    assertEquals(CloseAtEnd.CLOSE, c.closeAtEnd());
    assertEquals(10_000, c.cash());
    assertEquals(c, c.toBuilder().build());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      fee         | -0.001 | fee must be in [0.0, 0.1], got -0.001
      spread      | 0.6    | spread must be in [0.0, 0.5], got 0.6
      leverage    | 0.5    | leverage must be in [1.0, 1000.0], got 0.5
      mmr         | 1      | maintenanceMarginRate must be in [0, 1/leverage = 1.0), got 1.0
      stopLoss    | 1      | stopLoss must be in [0, 1), got 1.0
      trailing    | -0.1   | trailingStop must be in [0, 1), got -0.1
      cash        | 0      | cash must be finite and > 0, got 0.0
      lotSize     | -1     | lotSize must be finite and >= 0.0, got -1.0
      """)
  void invalidValuesAreRejectedByName(String field, double value, String message) {
    UnaryOperator<EngineConfig.Builder> set =
        switch (field) {
          case "fee" -> b -> b.fee(value);
          case "spread" -> b -> b.spread(value);
          case "leverage" -> b -> b.leverage(value);
          case "mmr" -> b -> b.maintenanceMarginRate(value);
          case "stopLoss" -> b -> b.stopLoss(value);
          case "trailing" -> b -> b.trailingStop(value);
          case "cash" -> b -> b.cash(value);
          default -> b -> b.lotSize(value);
        };
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> set.apply(EngineConfig.builder()).build());
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"all-in", "all-in-units", "fraction:0.25", "notional:500.0"})
  void sizingRoundTripsThroughText(String text) {
    assertEquals(text, Sizing.parse(text).toString());
  }

  @ParameterizedTest
  @CsvSource({"everything", "fraction:x", "fraction:1.5", "notional:-3"})
  void badSizingIsRejected(String text) {
    assertThrows(IllegalArgumentException.class, () -> Sizing.parse(text));
  }

  @Test
  void fundingScheduleIsValidatedAndCopied() {
    long[] times = {1, 2};
    double[] rates = {0.001, -0.001};
    Funding.Schedule s = new Funding.Schedule(times, rates);
    times[0] = 5;
    assertEquals(1, s.times()[0]);
    assertEquals(s, new Funding.Schedule(new long[] {1, 2}, new double[] {0.001, -0.001}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Funding.Schedule(new long[] {2, 1}, new double[] {0, 0}));
    assertThrows(
        IllegalArgumentException.class, () -> new Funding.Schedule(new long[] {1}, new double[0]));
  }

  /**
   * A funding schedule on daily bars from T0: long 100 units at 100 from bar 1. Rates: before the
   * first bar (ignored), at T0 + 12 h (bar 0, flat: nothing), at T0 + 1 d (bar 1: 100·100·0.01 =
   * 100 paid), at T0 + 2 d + 1 h (bar 2, rate −0.02: 200 received), after the last bar's day
   * (ignored). Final equity 10000 − 100 + 200.
   */
  @Test
  void fundingScheduleChargesTheBarHoldingEachTime() {
    long d = TestBars.DAY;
    long t0 = TestBars.T0;
    Funding f =
        new Funding.Schedule(
            new long[] {t0 - d, t0 + d / 2, t0 + d, t0 + 2 * d + 3_600_000, t0 + 3 * d},
            new double[] {0.5, 0.5, 0.01, -0.02, 0.5});
    EngineConfig c = EngineWorkedExamplesTest.config("").toBuilder().funding(f).build();
    BacktestResult r = Engine.run(TestBars.flat(100, 100, 100), TestBars.targets("1 . ."), c);
    assertEquals(10_100, r.metrics().get(Metric.FINAL_EQUITY), 1e-9);
    assertEquals(-100, r.trades().get(0).funding(), 1e-9);
    assertEquals(-100, r.metrics().get(Metric.TOTAL_FUNDING), 1e-9);
  }

  /** Rejections are recorded with their reason and block re-entry until the target changes. */
  @Test
  void rejectionsAreOutcomes() {
    EngineConfig c = EngineWorkedExamplesTest.config("sizing=notional:500;minNotional=1000");
    BacktestResult r =
        Engine.run(TestBars.flat(100, 100, 100, 100, 100), TestBars.targets("1 1 0 1 ."), c);
    List<Rejection> rej = r.rejections();
    assertEquals(2, rej.size(), rej.toString());
    assertEquals(
        new Rejection(
            1, TestBars.T0 + TestBars.DAY, Side.LONG, 5, 100, RejectReason.BELOW_MIN_NOTIONAL),
        rej.get(0));
    assertEquals(4, rej.get(1).bar());
    assertEquals(2, r.metrics().get(Metric.REJECTED_ORDERS));
  }

  @Test
  void badRunArgumentsAreNamed() {
    EngineConfig c = EngineConfig.defaults();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.run(TestBars.flat(1, 2, 3), new double[2], c));
    assertEquals("target has 2 values but series has 3 bars", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Engine.metrics(TestBars.flat(1, 2), new double[2], c, new double[1]));
    assertTrue(Engine.metrics(TestBars.flat(1), new double[1], c).get(Metric.TRADES) == 0);
  }
}
