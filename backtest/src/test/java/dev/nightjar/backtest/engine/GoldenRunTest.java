package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.metrics.Metrics;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden end-to-end run on {@code engine/golden_60d.csv}: 60 synthetic daily bars (a sine wave plus
 * drift plus a faster wiggle, rounded to cents) with a close-vs-5-bar-mean long/short target. The
 * expected trade list ({@code golden_60d_trades.csv}) and 27 metrics ({@code
 * golden_60d_metrics.csv}) were computed by {@code golden_reference.py} in the same folder: a
 * separate, spreadsheet-style re-implementation of the engine rules and metric definitions in
 * Python, sharing no code with the engine (its docstring lists the rules and the config used here).
 * The run has 14 trades: reversals, stop-losses hit on their entry bar, and a short opened on the
 * last bar and closed at its close. Tolerance: 1e-9 relative (float64 in both).
 */
class GoldenRunTest {
  private static final double TOL = 1e-9;

  @Test
  void matchesTheIndependentReference() throws IOException {
    List<String[]> rows = read("golden_60d.csv");
    int n = rows.size();
    long[] t = new long[n];
    double[][] ohlc = new double[4][n];
    double[] target = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      t[i] = Long.parseLong(r[0]);
      for (int k = 0; k < 4; k++) {
        ohlc[k][i] = Double.parseDouble(r[k + 1]);
      }
      target[i] = r[5].equals("nan") ? Double.NaN : Double.parseDouble(r[5]);
    }
    BarSeries s =
        BarSeries.of(
            new SeriesId(Symbol.of("GOLDEN"), Timeframe.D1),
            t,
            ohlc[0],
            ohlc[1],
            ohlc[2],
            ohlc[3],
            new double[n]);
    EngineConfig c =
        EngineConfig.builder()
            .fill(FillTiming.NEXT_OPEN)
            .fee(0.001)
            .spread(0.0005)
            .slippageBps(2)
            .sizing(new Sizing.AllIn())
            .leverage(1)
            .maintenanceMarginRate(0)
            .stopLoss(0.04)
            .funding(new Funding.Constant(0.0001))
            .closeAtEnd(CloseAtEnd.CLOSE)
            .cash(10_000)
            .build();
    BacktestResult result = Engine.run(s, target, c);

    List<String[]> expectedTrades = read("golden_60d_trades.csv");
    List<Trade> trades = result.trades();
    assertEquals(expectedTrades.size(), trades.size(), "trades");
    for (int k = 0; k < trades.size(); k++) {
      String[] e = expectedTrades.get(k);
      Trade a = trades.get(k);
      String at = "trade " + k + ": ";
      assertEquals(Integer.parseInt(e[0]), a.entryBar(), at + "entryBar");
      assertEquals(Integer.parseInt(e[1]), a.exitBar(), at + "exitBar");
      assertEquals(t[a.entryBar()], a.entryTime(), at + "entryTime");
      assertEquals(t[a.exitBar()], a.exitTime(), at + "exitTime");
      assertEquals(Side.valueOf(e[2]), a.side(), at + "side");
      near(e[3], a.units(), at + "units");
      near(e[4], a.entryPrice(), at + "entryPrice");
      near(e[5], a.exitPrice(), at + "exitPrice");
      near(e[6], a.pnl(), at + "pnl");
      near(e[7], a.returnPct(), at + "returnPct");
      near(e[8], a.fees(), at + "fees");
      near(e[9], a.funding(), at + "funding");
      assertEquals(ExitReason.valueOf(e[10]), a.reason(), at + "reason");
    }
    Metrics m = result.metrics();
    List<String[]> expectedMetrics = read("golden_60d_metrics.csv");
    assertEquals(27, expectedMetrics.size());
    for (String[] e : expectedMetrics) {
      near(e[1], m.get(Metric.byKey(e[0])), e[0]);
    }
  }

  private static void near(String expected, double actual, String what) {
    double e = Double.parseDouble(expected);
    assertEquals(e, actual, TOL * Math.max(1, Math.abs(e)), what);
  }

  /** Data rows of a resource CSV, without '#' comments and the header. */
  private static List<String[]> read(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = GoldenRunTest.class.getResourceAsStream("/engine/" + name)) {
      if (in == null) {
        throw new IOException("missing resource engine/" + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      boolean header = true;
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(","));
      }
    }
    return rows;
  }
}
