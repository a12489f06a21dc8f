package dev.nightjar.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.Symbol;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynthSpecTest {
  private static final List<Symbol> ONE = List.of(Symbol.of("A"));

  @Test
  void demoIsOneYearOfFourSymbolsFrom2024() {
    SynthSpec demo = SynthSpec.demo();
    assertEquals(42, demo.seed());
    assertEquals(
        List.of("DEMO-BTC", "DEMO-ETH", "DEMO-SOL", "DEMO-XRP"),
        demo.symbols().stream().map(Symbol::value).toList());
    assertEquals(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(), demo.startMillis());
    assertEquals(525_600, demo.bars());
  }

  @Test
  void refusesBadSpecs() {
    assertThrows(IllegalArgumentException.class, () -> new SynthSpec(1, List.of(), 0, 10));
    IllegalArgumentException dup =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SynthSpec(1, List.of(Symbol.of("A"), Symbol.of("A")), 0, 10));
    assertTrue(dup.getMessage().contains("distinct"), dup.getMessage());
    IllegalArgumentException start =
        assertThrows(IllegalArgumentException.class, () -> new SynthSpec(1, ONE, 1_000, 10));
    assertEquals("startMillis must be a whole minute, got 1000", start.getMessage());
    IllegalArgumentException bars =
        assertThrows(IllegalArgumentException.class, () -> new SynthSpec(1, ONE, 0, 0));
    assertEquals("bars must be >= 1, got 0", bars.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "DEMO-BTC, 40000, 0.03",
    "BTCUSDT,  40000, 0.03",
    "DEMO-ETH, 2500,  0.035",
    "SOLUSDT,  100,   0.05",
    "DEMO-XRP, 0.6,   0.04",
    "DOGE,     100,   0.04",
  })
  void profilesFollowTheBaseAsset(String symbol, double price, double dailyVol) {
    AssetProfile p = AssetProfile.forSymbol(Symbol.of(symbol));
    assertEquals(price, p.startPrice());
    assertEquals(dailyVol, p.dailyVol());
  }
}
