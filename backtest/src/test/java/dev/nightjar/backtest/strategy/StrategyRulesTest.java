package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import org.junit.jupiter.api.Test;

/**
 * Each family's rule on hand-made indicator values: the indicator arrays are put into the feature
 * cache under the key the strategy asks for, so these tests check the rules alone (the kernels are
 * checked against TA-Lib elsewhere). Expected targets are read off the arrays by hand.
 */
class StrategyRulesTest {
  private static final double N = Double.NaN;

  /** A series whose closes are {@code close}; opens, highs and lows equal the closes. */
  private static FeatureCache market(double... close) {
    long[] t = new long[close.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * 3_600_000L;
    }
    BarSeries s =
        BarSeries.of(
            SeriesId.parse("T:1h"),
            t,
            close.clone(),
            close.clone(),
            close.clone(),
            close.clone(),
            new double[close.length]);
    return new FeatureCache(s);
  }

  private static double[] targets(Strategy s, FeatureCache f, double... params) {
    double[] out = new double[f.size()];
    s.targets(f, params, out);
    return out;
  }

  @Test
  void movingAverageCrossIsStrictAndKeepsOtherwise() {
    FeatureCache f = market(1, 1, 1, 1, 1, 1);
    f.get("sma:2", c -> new double[] {N, 1, 3, 3, 2, 1});
    f.get("sma:3", c -> new double[] {N, 2, 2, 3, 3, 2});
    // bar 2: 1<2 then 3>2 -> up; bar 3: touch (3 = 3) is no cross; bar 4: 3=3 then 2<3 is not
    // strict either; bar 5: 2<3 then 1<2 -> no cross.
    assertArrayEquals(new double[] {N, N, 1, N, N, N}, targets(MovingAverageCross.SMA, f, 2, 3));
    f.get("sma:4", c -> new double[] {N, 0, 4, 4, 1, 0});
    // fast sma:2 vs slow sma:4: bar 2: 1>0 then 3<4 -> down; bar 4: 3<4 then 2>1 -> up.
    assertArrayEquals(new double[] {N, N, -1, N, 1, N}, targets(MovingAverageCross.SMA, f, 2, 4));
  }

  @Test
  void macdCrossUsesTheHistogramSign() {
    FeatureCache f = market(1, 1, 1, 1, 1);
    f.get("macd:2,4,3:hist", c -> new double[] {N, -1, 1, 0, -2});
    assertArrayEquals(new double[] {N, N, 1, N, N}, targets(new MacdCross(), f, 2, 4, 3));
  }

  @Test
  void rsiReversionLeavesTheZones() {
    FeatureCache f = market(1, 1, 1, 1, 1, 1, 1);
    f.get("rsi:14", c -> new double[] {N, 25, 35, 50, 75, 65, 80});
    // 25 -> 35 crosses above 30 (bar 2); 75 -> 65 crosses below 70 (bar 5).
    assertArrayEquals(
        new double[] {N, N, 1, N, N, -1, N}, targets(new RsiReversion(), f, 14, 30, 70));
  }

  @Test
  void bollingerReversionComparesTheCloseWithTheBands() {
    FeatureCache f = market(10, 8, 11, 12, 13, 11);
    f.group(
        "bbands:20,2",
        c ->
            new double[][] {
              {12, 12, 12, 12, 12, 12}, {10, 10, 10, 10, 10, 10}, {9, 9, 9, 9, 9, 9}
            });
    // close 8 < lower 9 then 11 > 9 at bar 2 -> long; 13 > 12 then 11 < 12 at bar 5 -> short.
    assertArrayEquals(
        new double[] {N, N, 1, N, N, -1}, targets(new BollingerReversion(), f, 20, 2));
  }

  @Test
  void donchianBreaksThePreviousChannel() {
    FeatureCache f = market(10, 10, 12, 9, 7, 8);
    f.group(
        "donchian:3",
        c ->
            new double[][] {{N, 11, 11, 12, 12, 12}, {N, 9.5, 9.5, 10, 10, 9}, {N, 8, 8, 8, 8, 7}});
    // bar 2: 12 > upper[1] 11 -> long; bar 4: 7 < lower[3] 8 -> short; bar 5: 8 > lower[4] 8? no.
    assertArrayEquals(new double[] {N, N, 1, N, -1, N}, targets(new DonchianBreakout(), f, 3));
  }

  @Test
  void superTrendFollowsTheDirection() {
    FeatureCache f = market(1, 1, 1, 1);
    f.group("supertrend:10,3", c -> new double[][] {{N, 1, 1, 1}, {N, 1, -1, 1}});
    assertArrayEquals(new double[] {N, 1, -1, 1}, targets(new SuperTrendFollow(), f, 10, 3));
  }

  @Test
  void longOnlyTurnsShortsFlat() {
    FeatureCache f = market(1, 1, 1, 1);
    f.group("supertrend:10,3", c -> new double[][] {{N, 1, 1, 1}, {N, 1, -1, 1}});
    assertArrayEquals(
        new double[] {N, 1, 0, 1},
        new SuperTrendFollow().targets(f, new double[] {10, 3}, Direction.LONG_ONLY));
  }
}
