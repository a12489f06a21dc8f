package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class ProductProperties {
  private static final Product P = TestClients.BTCUSDT; // tick 0.1, step 0.001

  @Property(tries = 200)
  void floorIsTheLargestTickMultipleNotAbove(
      @ForAll @BigRange(min = "0.1", max = "100000") @Scale(6) BigDecimal price) {
    BigDecimal r = P.roundPrice(price, RoundingMode.FLOOR);
    BigDecimal tick = P.tickSize();
    assertEquals(0, r.remainder(tick).signum(), "multiple of the tick");
    assertTrue(r.compareTo(price) <= 0, "not above");
    assertTrue(r.add(tick).compareTo(price) > 0, "the next tick is above");
  }

  @Property(tries = 200)
  void ceilingIsTheSmallestTickMultipleNotBelow(
      @ForAll @BigRange(min = "0.1", max = "100000") @Scale(6) BigDecimal price) {
    BigDecimal r = P.roundPrice(price, RoundingMode.CEILING);
    assertEquals(0, r.remainder(P.tickSize()).signum());
    assertTrue(r.compareTo(price) >= 0);
    assertTrue(r.subtract(P.tickSize()).compareTo(price) < 0);
  }

  @Property(tries = 200)
  void qtyDownNeverExceedsTheRequest(
      @ForAll @BigRange(min = "0.001", max = "100") @Scale(7) BigDecimal qty) {
    BigDecimal r = P.roundQty(qty, RoundingMode.DOWN);
    assertEquals(0, r.remainder(P.qtyStep()).signum());
    assertTrue(r.compareTo(qty) <= 0);
    assertTrue(qty.subtract(r).compareTo(P.qtyStep()) < 0);
    assertTrue(!r.toPlainString().contains("E"));
  }
}
