package dev.nightjar.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorSpecTest {

  @Test
  void catalogHasTheAgreedNamesInOrder() {
    List<String> names = new ArrayList<>();
    for (IndicatorInfo info : IndicatorCatalog.all()) {
      names.add(info.name());
      assertTrue(!info.description().isBlank(), info.name());
    }
    assertEquals(
        List.of(
            "sma",
            "ema",
            "wma",
            "dema",
            "tema",
            "stddev",
            "zscore",
            "rsi",
            "trange",
            "atr",
            "bbands",
            "macd",
            "stoch",
            "willr",
            "cci",
            "roc",
            "mom",
            "adx",
            "donchian",
            "keltner",
            "supertrend",
            "obv",
            "vwap",
            "aroon",
            "sar",
            "ichimoku"),
        names);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "rsi; rsi:14; rsi_14",
        "  RSI : 21 ; rsi:21; rsi_21",
        "sma:20; sma:20; sma_20",
        "bbands:20,2; bbands:20,2; bbands_20_2_upper|bbands_20_2_middle|bbands_20_2_lower",
        "bbands; bbands:20,2; bbands_20_2_upper|bbands_20_2_middle|bbands_20_2_lower",
        "bbands:10; bbands:10,2; bbands_10_2_upper|bbands_10_2_middle|bbands_10_2_lower",
        "bbands:20,2.50; bbands:20,2.5; bbands_20_2.5_upper|bbands_20_2.5_middle|bbands_20_2.5_lower",
        "bbands:20.0,2.0; bbands:20,2; bbands_20_2_upper|bbands_20_2_middle|bbands_20_2_lower",
        "macd; macd:12,26,9; macd_12_26_9_line|macd_12_26_9_signal|macd_12_26_9_hist",
        "stoch; stoch:14,3,3; stoch_14_3_3_k|stoch_14_3_3_d",
        "adx:7; adx:7; adx_7_adx|adx_7_plusdi|adx_7_minusdi",
        "sar; sar:0.02,0.2; sar_0.02_0.2",
        "trange; trange; trange",
        "obv; obv; obv",
        "keltner; keltner:20,2,10; keltner_20_2_10_upper|keltner_20_2_10_middle|keltner_20_2_10_lower",
        "supertrend; supertrend:10,3; supertrend_10_3_line|supertrend_10_3_dir",
        "aroon; aroon:14; aroon_14_down|aroon_14_up",
        "ichimoku; ichimoku:9,26,52; ichimoku_9_26_52_tenkan|ichimoku_9_26_52_kijun|ichimoku_9_26_52_spana|ichimoku_9_26_52_spanb"
      })
  void parsesWithDefaultsAndNamesColumns(String text, String canonical, String columns) {
    IndicatorSpec spec = IndicatorSpec.parse(text);
    assertEquals(canonical, spec.toString());
    assertEquals(List.of(columns.split("\\|")), spec.columns());
    assertEquals(spec, IndicatorSpec.parse(canonical));
    assertEquals(spec.hashCode(), IndicatorSpec.parse(canonical).hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "foo:3; indicator spec 'foo:3': unknown indicator 'foo'; expected one of sma, ema,",
        "; indicator spec '': unknown indicator ''",
        "rsi:abc; indicator spec 'rsi:abc': parameter 'period' expects an integer in [2, 100000], got 'abc'",
        "rsi:1; parameter 'period' expects an integer in [2, 100000], got '1'",
        "sma:2.5; parameter 'period' expects an integer in [1, 100000], got '2.5'",
        "sma:; parameter 'period' expects an integer in [1, 100000], got ''",
        "sma:NaN; parameter 'period' expects an integer in [1, 100000], got 'NaN'",
        "sma:20,3; sma takes at most 1 parameter(s) (period), got 2",
        "obv:1; obv takes at most 0 parameter(s) (), got 1",
        "bbands:20,-1; parameter 'k' expects a number in [0, 100], got '-1'",
        "macd:26,12; 'fast' (26) must be < 'slow' (12)",
        "macd:12,12,9; 'fast' (12) must be < 'slow' (12)",
        "sar:0.3,0.2; 'acceleration' (0.3) must be <= 'maximum' (0.2)"
      })
  void rejectsBadSpecsNamingSpecParameterAndExpectation(String text, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> IndicatorSpec.parse(text == null ? "" : text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void findDescribesParametersAndOutputs() {
    IndicatorInfo bbands = IndicatorCatalog.find("bbands").orElseThrow();
    assertEquals(List.of("upper", "middle", "lower"), bbands.outputs());
    assertEquals(
        List.of(
            new IndicatorInfo.Param("period", 20, 1, 100_000, true),
            new IndicatorInfo.Param("k", 2, 0, 100, false)),
        bbands.params());
    assertTrue(IndicatorCatalog.find("BBANDS").isEmpty());
  }

  @Test
  void differentParametersAreDifferentSpecs() {
    assertNotEquals(IndicatorSpec.parse("sma:20"), IndicatorSpec.parse("sma:21"));
    assertNotEquals(IndicatorSpec.parse("sma:20"), IndicatorSpec.parse("ema:20"));
  }

  @Test
  void computesOverABarSeriesLikeTheKernels() {
    TestBars b = TestBars.randomWalk(5, 120);
    long[] time = new long[120];
    for (int i = 0; i < time.length; i++) {
      time[i] = 3_600_000L * i;
    }
    BarSeries series =
        BarSeries.of(
            SeriesId.parse("BTCUSDT:1h"), time, b.open(), b.high(), b.low(), b.close(), b.volume());

    Map<String, double[]> bbands = IndicatorSpec.parse("bbands:20,2").compute(series);
    double[] upper = new double[120];
    double[] middle = new double[120];
    double[] lower = new double[120];
    BollingerBands.compute(b.close(), 20, 2, upper, middle, lower);
    assertEquals(
        List.of("bbands_20_2_upper", "bbands_20_2_middle", "bbands_20_2_lower"),
        new ArrayList<>(bbands.keySet()));
    assertArrayEquals(upper, bbands.get("bbands_20_2_upper"));
    assertArrayEquals(middle, bbands.get("bbands_20_2_middle"));
    assertArrayEquals(lower, bbands.get("bbands_20_2_lower"));

    IndicatorSpec rsi = IndicatorSpec.parse("rsi");
    assertArrayEquals(Rsi.compute(b.close(), 14), rsi.compute(series).get("rsi_14"));
    assertEquals(Rsi.warmup(14), rsi.warmup());
    assertEquals(Macd.warmup(12, 26, 9), IndicatorSpec.parse("macd").warmup());
    assertArrayEquals(new double[] {12, 26, 9}, IndicatorSpec.parse("macd").params());
  }

  @Test
  void computeRejectsColumnsOfDifferentLengths() {
    double[] three = new double[3];
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorSpec.parse("sma").compute(three, three, three, new double[2]));
    assertEquals("volume length must be 3, got 2", e.getMessage());
    assertTrue(Arrays.stream(three).allMatch(x -> x == 0));
  }
}
