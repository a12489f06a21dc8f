package dev.nightjar.live.phemex;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * One position row of {@code /g-accounts/accountPositions}. {@code size} is in base units, signed
 * by {@code side} (Buy = long, Sell = short, None = flat); {@code leverage} is negative in cross
 * margin, as Phemex reports it.
 */
public record Position(
    String symbol,
    PosSide posSide,
    String side,
    BigDecimal size,
    BigDecimal avgEntryPrice,
    BigDecimal leverage,
    String posMode) {

  static Position fromJson(JsonNode n) {
    String ps = Json.text(n, "posSide");
    return new Position(
        Json.text(n, "symbol"),
        ps.isEmpty() ? PosSide.Merged : PosSide.valueOf(ps),
        Json.text(n, "side"),
        Json.decimal(n, "sizeRq", BigDecimal.ZERO),
        Json.decimal(n, "avgEntryPriceRp", BigDecimal.ZERO),
        Json.decimal(n, "leverageRr", BigDecimal.ZERO),
        Json.text(n, "posMode"));
  }
}
