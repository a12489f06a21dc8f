package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductTest {
  private static final Product P = TestClients.BTCUSDT; // tick 0.1, step 0.001

  @ParameterizedTest
  @CsvSource({
    // price, mode, expected (by hand: multiples of 0.1 around the price)
    "20000.07, FLOOR, 20000.0",
    "20000.07, CEILING, 20000.1",
    "20000.05, HALF_EVEN, 20000.0",
    "20000.15, HALF_EVEN, 20000.2",
    "20000.1, UNNECESSARY, 20000.1",
    "20000, FLOOR, 20000.0",
    "0.16, DOWN, 0.1",
  })
  void roundsPriceToTheTick(String price, RoundingMode mode, String expected) {
    BigDecimal r = P.roundPrice(new BigDecimal(price), mode);
    assertEquals(expected, r.toPlainString());
  }

  @ParameterizedTest
  @CsvSource({
    "0.0019, DOWN, 0.001",
    "0.0019, UP, 0.002",
    "1.23456, DOWN, 1.234",
    "1E+1, DOWN, 10.000",
  })
  void roundsQtyToTheStepInPlainNotation(String qty, RoundingMode mode, String expected) {
    assertEquals(expected, P.roundQty(new BigDecimal(qty), mode).toPlainString());
  }

  @ParameterizedTest
  @CsvSource({"0.0009, DOWN", "0, DOWN", "-1, UP"})
  void rejectsAQuantityThatRoundsToZeroOrIsNotPositive(String qty, RoundingMode mode) {
    assertThrows(IllegalArgumentException.class, () -> P.roundQty(new BigDecimal(qty), mode));
  }

  @ParameterizedTest
  @CsvSource({"20000.07"})
  void unnecessaryRoundingOffTheTickIsRefused(String price) {
    assertThrows(
        ArithmeticException.class,
        () -> P.roundPrice(new BigDecimal(price), RoundingMode.UNNECESSARY));
  }
}
