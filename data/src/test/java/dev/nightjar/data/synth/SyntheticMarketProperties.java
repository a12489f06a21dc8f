package dev.nightjar.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticMarketProperties {
  private static final List<Symbol> SYMBOLS =
      List.of(Symbol.of("DEMO-BTC"), Symbol.of("XRPUSDT"), Symbol.of("OTHER"));

  @Property(tries = 100)
  void barsAreConsistent(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int bars) {
    List<BarSeries> market =
        SyntheticMarket.generate(new SynthSpec(seed, SYMBOLS, 1_704_067_200_000L, bars));
    assertEquals(SYMBOLS.size(), market.size());
    for (BarSeries s : market) {
      assertEquals(bars, s.size());
      for (int i = 0; i < bars; i++) {
        double o = s.open(i);
        double h = s.high(i);
        double l = s.low(i);
        double c = s.close(i);
        double v = s.volume(i);
        String at = s.id() + " bar " + i;
        assertTrue(Double.isFinite(h) && Double.isFinite(v), at);
        assertTrue(l > 0, at + ": low " + l);
        assertTrue(h >= Math.max(o, c), at + ": high " + h + " below open/close");
        assertTrue(l <= Math.min(o, c), at + ": low " + l + " above open/close");
        assertTrue(v > 0, at + ": volume " + v);
        if (i > 0) {
          assertEquals(s.close(i - 1), o, at + ": open is the previous close");
        }
      }
    }
  }
}
