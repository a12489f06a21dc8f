package dev.nightjar.live.phemex;

import java.math.BigDecimal;
import java.util.List;

/**
 * The margin account and its positions ({@code GET /g-accounts/accountPositions?currency=}).
 *
 * @param balance account balance in {@code currency} ({@code accountBalanceRv})
 * @param usedBalance balance held by positions and orders ({@code totalUsedBalanceRv})
 */
public record AccountPositions(
    String currency, BigDecimal balance, BigDecimal usedBalance, List<Position> positions) {

  public AccountPositions {
    positions = List.copyOf(positions);
  }

  /** balance - usedBalance. */
  public BigDecimal available() {
    return balance.subtract(usedBalance);
  }
}
