package dev.nightjar.live.phemex;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A USDT-M perpetual's trading rules ({@code perpProductsV2} in {@code GET /public/products}).
 * Prices are multiples of {@code tickSize}, quantities multiples of {@code qtyStep}; an order must
 * keep {@code price * qty >= minNotional} (USDT) and {@code qty <= maxQty}.
 *
 * @param maxLeverage the highest leverage of the lowest risk tier
 * @param listed false for {@code status=Delisted} (or any status other than Listed)
 */
public record Product(
    String symbol,
    BigDecimal tickSize,
    BigDecimal qtyStep,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    BigDecimal maxQty,
    BigDecimal minNotional,
    BigDecimal maxLeverage,
    boolean listed) {

  public Product {
    if (symbol == null || !symbol.matches("[A-Za-z0-9]{2,20}")) {
      throw new IllegalArgumentException("symbol must match [A-Za-z0-9]{2,20}, got " + symbol);
    }
    positive(tickSize, "tickSize");
    positive(qtyStep, "qtyStep");
    positive(maxPrice, "maxPrice");
    positive(maxQty, "maxQty");
    positive(maxLeverage, "maxLeverage");
    if (minPrice == null || minPrice.signum() < 0) {
      throw new IllegalArgumentException("minPrice must be >= 0, got " + minPrice);
    }
    if (minNotional == null || minNotional.signum() < 0) {
      throw new IllegalArgumentException("minNotional must be >= 0, got " + minNotional);
    }
    // One representation per value, so equal rules are equal records ("2.0E8" == "200000000").
    tickSize = tickSize.stripTrailingZeros();
    qtyStep = qtyStep.stripTrailingZeros();
    minPrice = minPrice.stripTrailingZeros();
    maxPrice = maxPrice.stripTrailingZeros();
    maxQty = maxQty.stripTrailingZeros();
    minNotional = minNotional.stripTrailingZeros();
    maxLeverage = maxLeverage.stripTrailingZeros();
  }

  private static void positive(BigDecimal value, String name) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }

  /**
   * {@code price} rounded to a multiple of {@code tickSize} with {@code mode}, at the tick's scale.
   *
   * @throws IllegalArgumentException if the price is not positive or rounds to zero
   */
  public BigDecimal roundPrice(BigDecimal price, RoundingMode mode) {
    BigDecimal rounded = roundTo(price, tickSize, mode, "price");
    if (rounded.signum() == 0) {
      throw new IllegalArgumentException(
          "price " + price.toPlainString() + " rounds to zero at tick " + tickSize.toPlainString());
    }
    return rounded;
  }

  /**
   * {@code qty} rounded to a multiple of {@code qtyStep} with {@code mode}, at the step's scale.
   *
   * @throws IllegalArgumentException if the quantity is not positive or rounds to zero
   */
  public BigDecimal roundQty(BigDecimal qty, RoundingMode mode) {
    BigDecimal rounded = roundTo(qty, qtyStep, mode, "qty");
    if (rounded.signum() == 0) {
      throw new IllegalArgumentException(
          "qty " + qty.toPlainString() + " rounds to zero at step " + qtyStep.toPlainString());
    }
    return rounded;
  }

  private static BigDecimal roundTo(
      BigDecimal value, BigDecimal step, RoundingMode mode, String n) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(n + " must be > 0, got " + value);
    }
    if (mode == null) {
      throw new IllegalArgumentException("rounding mode must not be null");
    }
    BigDecimal steps = value.divide(step, 0, mode);
    return steps.multiply(step).setScale(Math.max(step.scale(), 0), RoundingMode.UNNECESSARY);
  }
}
