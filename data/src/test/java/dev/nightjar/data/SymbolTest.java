package dev.nightjar.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolTest {
  @ParameterizedTest
  @ValueSource(strings = {"btcusdt", "DEMO-BTC", "eth_usd", "1000PEPE", "A", "BTC.P"})
  void acceptsAndUpperCases(String text) {
    assertEquals(text.toUpperCase(java.util.Locale.ROOT), Symbol.of(text).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-BTC",
        "BTC/USDT",
        "BTC USDT",
        "../etc",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456",
        "é"
      })
  void rejectsNamingTheValue(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Symbol.of(text));
    assertTrue(e.getMessage().contains("invalid symbol"), e.getMessage());
  }

  @Test
  void seriesIdRoundTripsThroughText() {
    SeriesId id = SeriesId.parse("btcusdt:60m");
    assertEquals("BTCUSDT:1h", id.toString());
    assertEquals(id, SeriesId.parse(id.toString()));
    assertThrows(IllegalArgumentException.class, () -> SeriesId.parse("BTCUSDT"));
    assertThrows(IllegalArgumentException.class, () -> SeriesId.parse("a:b:1h"));
  }
}
