package dev.nightjar.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The contract every kernel in the catalog passes, through {@link IndicatorSpec}: output length =
 * input length; NaN before the warm-up, finite from it on finite input; no look-ahead (changing any
 * bar after i changes no output at or before i); k leading NaN bars shift every output by k.
 */
class KernelContractProperties {

  /** Every indicator with its defaults, plus small parameters that exercise edge warm-ups. */
  static final List<String> SPECS = specList();

  private static List<String> specList() {
    List<String> specs = new ArrayList<>();
    for (IndicatorInfo info : IndicatorCatalog.all()) {
      specs.add(info.name());
    }
    specs.addAll(
        List.of(
            "sma:1",
            "sma:3",
            "ema:1",
            "ema:4",
            "wma:1",
            "wma:3",
            "dema:1",
            "dema:3",
            "tema:2",
            "stddev:1",
            "stddev:3",
            "zscore:2",
            "rsi:2",
            "rsi:5",
            "atr:1",
            "atr:3",
            "bbands:3,1.5",
            "macd:2,5,3",
            "macd:3,4,1",
            "stoch:1,1,1",
            "stoch:3,2,4",
            "willr:1",
            "willr:4",
            "cci:1",
            "cci:4",
            "roc:1",
            "mom:3",
            "adx:2",
            "adx:5",
            "donchian:1",
            "donchian:4",
            "keltner:4,1,2",
            "keltner:2,0.5,6",
            "supertrend:1,2",
            "supertrend:4,1",
            "vwap:1",
            "vwap:5",
            "aroon:1",
            "aroon:4",
            "sar:0.1,0.5",
            "ichimoku:2,3,5",
            "ichimoku:5,2,3"));
    return specs;
  }

  @Provide
  Arbitrary<String> specs() {
    return Arbitraries.of(SPECS);
  }

  @Test
  void everyIndicatorIsCovered() {
    assertEquals(26, IndicatorCatalog.all().size());
    for (IndicatorInfo info : IndicatorCatalog.all()) {
      assertTrue(SPECS.contains(info.name()), info.name());
    }
  }

  @Property(tries = 200)
  void contract(
      @ForAll("specs") String text,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 160) int n,
      @ForAll @IntRange(min = 0, max = 10_000) int cutChoice,
      @ForAll @IntRange(min = 1, max = 4) int leading) {
    IndicatorSpec spec = IndicatorSpec.parse(text);
    TestBars bars = TestBars.randomWalk(seed, n);
    Map<String, double[]> out = compute(spec, bars);
    int warmup = spec.warmup();
    assertEquals(spec.columns(), new ArrayList<>(out.keySet()));
    for (Map.Entry<String, double[]> e : out.entrySet()) {
      double[] values = e.getValue();
      assertEquals(n, values.length, text + " " + e.getKey() + " length");
      for (int i = 0; i < n; i++) {
        if (i < warmup) {
          assertTrue(Double.isNaN(values[i]), text + " " + e.getKey() + ": NaN expected at " + i);
        } else {
          assertTrue(
              Double.isFinite(values[i]), text + " " + e.getKey() + ": finite expected at " + i);
        }
      }
    }
    if (n > 0) {
      int cut = cutChoice % n;
      TestBars changed = bars.splice(cut, TestBars.randomWalk(~seed, n, 50, 0.05));
      Map<String, double[]> after = compute(spec, changed);
      for (String column : out.keySet()) {
        for (int i = 0; i <= cut; i++) {
          assertSame(
              out.get(column)[i],
              after.get(column)[i],
              text + " " + column + ": bar " + i + " changed when bars after " + cut + " did");
        }
      }
    }
    Map<String, double[]> shifted = compute(spec, bars.withLeadingNaN(leading));
    for (String column : out.keySet()) {
      double[] s = shifted.get(column);
      for (int i = 0; i < Math.min(leading + warmup, n + leading); i++) {
        assertTrue(Double.isNaN(s[i]), text + " " + column + ": NaN expected at " + i);
      }
      for (int i = 0; i < n; i++) {
        assertSame(
            out.get(column)[i],
            s[i + leading],
            text + " " + column + ": bar " + i + " after " + leading + " leading NaN");
      }
    }
  }

  private static LinkedHashMap<String, double[]> compute(IndicatorSpec spec, TestBars bars) {
    return spec.compute(bars.high(), bars.low(), bars.close(), bars.volume());
  }

  private static void assertSame(double expected, double actual, String message) {
    assertTrue(
        expected == actual || (Double.isNaN(expected) && Double.isNaN(actual)),
        message + ": expected " + expected + ", got " + actual);
  }
}
