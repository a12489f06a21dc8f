package dev.nightjar.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples, each computed by hand in the comment above its row. Bars are daily, written
 * "o/h/l/c" (or one number for a flat bar); targets "1 . 0" ('.' keeps the target). Unless the
 * config says otherwise: cash 10,000, NEXT_OPEN, no fee, spread or slippage, all-in, leverage 1,
 * maintenance margin 0, close at the last close. The trade columns describe the LAST trade.
 */
class EngineWorkedExamplesTest {

  static EngineConfig config(String spec) {
    EngineConfig.Builder b = EngineConfig.builder().fee(0).maintenanceMarginRate(0);
    for (String kv : spec.split(";")) {
      if (kv.isBlank()) {
        continue;
      }
      String[] p = kv.split("=", 2);
      String v = p[1];
      switch (p[0]) {
        case "fee" -> b.fee(Double.parseDouble(v));
        case "spread" -> b.spread(Double.parseDouble(v));
        case "slippageBps" -> b.slippageBps(Double.parseDouble(v));
        case "sizing" -> b.sizing(Sizing.parse(v));
        case "lotSize" -> b.lotSize(Double.parseDouble(v));
        case "minNotional" -> b.minNotional(Double.parseDouble(v));
        case "leverage" -> b.leverage(Double.parseDouble(v));
        case "mmr" -> b.maintenanceMarginRate(Double.parseDouble(v));
        case "funding" -> b.funding(new Funding.Constant(Double.parseDouble(v)));
        case "stopLoss" -> b.stopLoss(Double.parseDouble(v));
        case "takeProfit" -> b.takeProfit(Double.parseDouble(v));
        case "trailingStop" -> b.trailingStop(Double.parseDouble(v));
        case "closeAtEnd" -> b.closeAtEnd(CloseAtEnd.valueOf(v));
        case "fill" -> b.fill(FillTiming.valueOf(v));
        default -> throw new IllegalArgumentException("unknown key " + p[0]);
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # fee 0.1%: u = 10000/(100 + 100*0.001) = 10000/100.1; entry fee 0.1u, exit fee 0.11u, gross 10u
      # final = 10000 + (10 - 0.1 - 0.11)u = 10000 + 9.79 * 10000/100.1
      fee          | 100 100 110 110 | 1 . 0 . | fee=0.001 | 1 | 10978.021978021978 | 100 | 110 | 99.90009990009990 | SIGNAL
      # spread 1% long: entry 100*1.01 = 101, u = 10000/101, exit at the raw 110: 10000 + 9u
      spread long  | 100 100 110 110 | 1 . 0 . | spread=0.01 | 1 | 10891.089108910892 | 101 | 110 | 99.00990099009901 | SIGNAL
      # spread 1% short: entry 100*0.99 = 99, u = 10000/99, exit at the raw 90: 10000 + 9u
      spread short | 100 100 90 90 | -1 . 0 . | spread=0.01 | 1 | 10909.09090909091 | 99 | 90 | 101.01010101010101 | SIGNAL
      # slippage 100 bps on both fills: buy 100*1.01 = 101, sell 110*0.99 = 108.9; 10000 + 7.9 * 10000/101
      slippage     | 100 100 110 110 | 1 . 0 . | slippageBps=100 | 1 | 10782.178217821782 | 101 | 108.9 | 99.00990099009901 | SIGNAL
      # all-in-units: u = floor(10000/(101 + 100*0.01)) = floor(98.04) = 98; fees 98*101*0.01 = 98.98 and
      # 98*110*0.01 = 107.8; gross 98*9 = 882; 10000 - 98.98 + 882 - 107.8
      all-in-units | 100 100 110 110 | 1 . 0 . | sizing=all-in-units;fee=0.01;spread=0.01 | 1 | 10675.22 | 101 | 110 | 98 | SIGNAL
      # fraction 0.5: u = 5000/100 = 50, gross 50*10
      fraction     | 100 100 110 110 | 1 . 0 . | sizing=fraction:0.5 | 1 | 10500 | 100 | 110 | 50 | SIGNAL
      # notional 2000: u = 20, gross 200
      notional     | 100 100 110 110 | 1 . 0 . | sizing=notional:2000 | 1 | 10200 | 100 | 110 | 20 | SIGNAL
      # lot size 3: u = 2050/100 = 20.5 -> 18 (6 lots), gross 180
      lot size     | 100 100 110 110 | 1 . 0 . | sizing=notional:2050;lotSize=3 | 1 | 10180 | 100 | 110 | 18 | SIGNAL
      # notional 500 < minNotional 1000: rejected, nothing happens
      min notional | 100 100 110 110 | 1 . 0 . | sizing=notional:500;minNotional=1000 | 0 | 10000 | - | - | - | -
      # notional 20000 needs margin 20000 > 10000 at leverage 1: rejected
      margin short | 100 100 110 110 | 1 . 0 . | sizing=notional:20000 | 0 | 10000 | - | - | - | -
      # ... but at leverage 2 the margin is 10000: u = 200, gross 2000
      leverage 2   | 100 100 110 110 | 1 . 0 . | sizing=notional:20000;leverage=2 | 1 | 12000 | 100 | 110 | 200 | SIGNAL
      # reversal, fee 0.1%: long u1 = 10000/100.1 at 100, closed at 120 -> cash 10000 + (20 - 0.1 - 0.12)u1
      # = 11976.023976; short u2 = cash/(120 + 0.12) at 120, closed at the last close 120 (target 0 on the
      # last bar never fills): final = cash - 2*0.12*u2
      reversal     | 100 100 110 120 120 | 1 . -1 . 0 | fee=0.001 | 2 | 11952.095856191761 | 120 | 120 | 99.7004993008989 | END_OF_DATA
      # stop 90 and target 110 both inside bar 2 (85..115): the stop is assumed first. The target stays 1
      # but is not re-entered after the stop: 10000 - 100*10
      stop first   | 100 100/101/99/100 100/115/85/100 100 | 1 . . . | stopLoss=0.1;takeProfit=0.1 | 1 | 9000 | 100 | 90 | 100 | STOP_LOSS
      # NEXT_OPEN: the entry bar's range follows its open, so it is checked: entry 100 at bar 1's open, its
      # low 85 hits the stop 90 the same bar: 10000 - 100*10
      stop entry bar | 100 100/101/85/95 95 | 1 . . | stopLoss=0.1 | 1 | 9000 | 100 | 90 | 100 | STOP_LOSS
      # CLOSE fill: bar 0's low 80 came before the entry at its close 100, so it is not checked; nothing
      # else touches the stop: closed at the last close 100
      stop close fill | 100/100/80/100 100/101/99/100 100 | 1 . . | stopLoss=0.1;fill=CLOSE | 1 | 10000 | 100 | 100 | 100 | END_OF_DATA
      # bar 2 opens at 80, below the stop 90: filled at the open, 10000 - 100*20
      gap stop     | 100 100/101/99/100 80/82/75/78 78 | 1 . . . | stopLoss=0.1 | 1 | 8000 | 100 | 80 | 100 | STOP_LOSS
      # target 110 reached inside bar 2 (high 112): 10000 + 100*10
      target       | 100 100/101/99/100 105/112/104/111 111 | 1 . . . | takeProfit=0.1 | 1 | 11000 | 100 | 110 | 100 | TAKE_PROFIT
      # bar 2 opens at 120, above the target 110: filled at the open, 10000 + 100*20
      gap target   | 100 100/101/99/100 120/125/119/121 121 | 1 . . . | takeProfit=0.1 | 1 | 12000 | 100 | 120 | 100 | TAKE_PROFIT
      # trailing 10%: best 101 after bar 1, 120 after bar 2 -> stop 108; bar 3 low 107 hits it: 10000 + 100*8
      trailing     | 100 100/101/99/100 100/120/100/119 119/119/107/110 110 | 1 . . . . | trailingStop=0.1 | 1 | 10800 | 100 | 108 | 100 | TRAILING_STOP
      # long at 100, leverage 10, mmr 0.005: liq = 100*(1 - 0.1 + 0.005) = 90.5; half the equity as margin:
      # u = 0.5*10000*10/100 = 500, margin 5000; bar 2 low 90 <= 90.5: the margin is lost
      liquid long  | 100 100/101/99/100 95/96/90/92 92 | 1 . . . | sizing=fraction:0.5;leverage=10;mmr=0.005 | 1 | 5000 | 100 | 90.5 | 500 | LIQUIDATION
      # short at 100, leverage 5, mmr 0.01: liq = 100*(1 + 0.2 - 0.01) = 119; u = 0.5*10000*5/100 = 250,
      # margin 5000; bar 2 high 120 >= 119
      liquid short | 100 100/101/99/100 110/120/105/115 115 | -1 . . . | sizing=fraction:0.5;leverage=5;mmr=0.01 | 1 | 5000 | 100 | 119 | 250 | LIQUIDATION
      # funding 0.1%/8h, long u = 100 at 100 from bar 1: bars 1..3 hold 3 funding times each, 9 * 100*100*0.001
      funding long | 100 100 100 100 | 1 . . . | funding=0.001 | 1 | 9910 | 100 | 100 | 100 | END_OF_DATA
      # ... a short receives the same
      funding shrt | 100 100 100 100 | -1 . . . | funding=0.001 | 1 | 10090 | 100 | 100 | 100 | END_OF_DATA
      # close at end OPEN: long 100 from bar 1 open 100, closed at bar 2's open 110
      end open     | 100 100/100/100/105 110/110/110/120 | 1 . . | closeAtEnd=OPEN | 1 | 11000 | 100 | 110 | 100 | END_OF_DATA
      # close at end CLOSE: closed at bar 2's close 120
      end close    | 100 100/100/100/105 110/110/110/120 | 1 . . | closeAtEnd=CLOSE | 1 | 12000 | 100 | 120 | 100 | END_OF_DATA
      # close at end NO: no closed trade, but the open one is worth 100*120 in the final equity
      end no       | 100 100/100/100/105 110/110/110/120 | 1 . . | closeAtEnd=NO | 0 | 12000 | - | - | - | -
      # CLOSE fill: long at bar 0's close 100, target 0 on bar 2 filled at its close 120
      fill close   | 100/100/100/100 100/100/100/110 110/110/110/120 | 1 . 0 | fill=CLOSE | 1 | 12000 | 100 | 120 | 100 | SIGNAL
      """)
  void workedExample(
      String name,
      String bars,
      String targets,
      String spec,
      int trades,
      double finalEquity,
      Double entry,
      Double exit,
      Double units,
      ExitReason reason) {
    BacktestResult r = Engine.run(TestBars.parse(bars), TestBars.targets(targets), config(spec));
    List<Trade> list = r.trades();
    assertEquals(trades, list.size(), "trades");
    assertEquals(trades, r.metrics().get(Metric.TRADES), "trades metric");
    assertEquals(finalEquity, r.metrics().get(Metric.FINAL_EQUITY), 1e-9 * finalEquity, "equity");
    if (trades == 0) {
      return;
    }
    Trade t = list.get(list.size() - 1);
    assertEquals(entry, t.entryPrice(), 1e-9 * entry, "entry price");
    assertEquals(exit, t.exitPrice(), 1e-9 * exit, "exit price");
    assertEquals(units, t.units(), 1e-9 * units, "units");
    assertEquals(reason, t.reason(), "reason");
    assertTrue(Double.isFinite(t.pnl()));
  }
}
