package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.live.phemex.fake.FakePhemex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code klines(symbol, tf, from, to)}: the kline history request and its checks. */
class KlineHistoryTest {
  private static final long M = 60_000L;
  private static final long T0 = 1_700_000_040_000L / M * M;

  private FakePhemex fake;
  private PhemexClient client;

  @BeforeEach
  void start() throws Exception {
    fake = TestClients.fake();
    client = TestClients.client(fake);
    long[] t = new long[10];
    double[] p = new double[10];
    for (int i = 0; i < 10; i++) {
      t[i] = T0 + i * M;
      p[i] = 100 + i;
    }
    fake.klineHistory(
        BarSeries.of(new SeriesId(Symbol.of("BTCUSDT"), Timeframe.M1), t, p, p, p, p, p));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void asksInSecondsAndReturnsTheRangeInMilliseconds() {
    BarSeries s = client.klines("BTCUSDT", Timeframe.M1, T0 + 2 * M, T0 + 5 * M);
    assertArrayEquals(new long[] {T0 + 2 * M, T0 + 3 * M, T0 + 4 * M}, s.times());
    assertArrayEquals(new double[] {102, 103, 104}, s.closes());
    assertArrayEquals(new long[] {T0 + 2 * M, T0 + 5 * M}, fake.klineRanges().get(0));
  }

  /** 999 bars is the most one request may span; misaligned or empty ranges are refused. */
  @ParameterizedTest
  @CsvSource({"0, 1000", "0, 0", "1, 5", "5, 2"})
  void refusesRangesOutsideTheDocumentedLimits(long fromBars, long toBars) {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client.klines(
                "BTCUSDT",
                Timeframe.M1,
                T0 + fromBars * M + (fromBars == 1 ? 1 : 0),
                T0 + toBars * M));
    assertEquals(0, fake.calls(FakePhemex.KLINE_LIST));
  }

  @Test
  void nineHundredNinetyNineBarsIsOneRequest() {
    assertEquals(10, client.klines("BTCUSDT", Timeframe.M1, T0, T0 + 999 * M).size());
  }

  @Test
  void twoDifferentRowsForOneOpenTimeAreMalformedAndExactRepeatsDropped() {
    fake.klineRows(
        "[[1700000040,60,\"1\",\"1\",\"2\",\"1\",\"2\",\"5\",\"10\"],"
            + "[1700000040,60,\"1\",\"1\",\"2\",\"1\",\"2\",\"5\",\"10\"]]");
    assertEquals(1, client.klines("BTCUSDT", Timeframe.M1, 5).size());
    fake.klineRows(
        "[[1700000040,60,\"1\",\"1\",\"2\",\"1\",\"2\",\"5\",\"10\"],"
            + "[1700000040,60,\"1\",\"1\",\"3\",\"1\",\"3\",\"5\",\"10\"]]");
    PhemexException e =
        assertThrows(PhemexException.class, () -> client.klines("BTCUSDT", Timeframe.M1, 5));
    assertEquals(ErrorKind.MALFORMED_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("2023-11-14T22:14:00Z"), e.getMessage());
  }
}
