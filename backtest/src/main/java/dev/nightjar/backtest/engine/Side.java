package dev.nightjar.backtest.engine;

/** The direction of a trade; {@link #sign()} is +1 for long and -1 for short. */
public enum Side {
  LONG(1),
  SHORT(-1);

  private final int sign;

  Side(int sign) {
    this.sign = sign;
  }

  /** +1 for long, -1 for short: a price change dp earns {@code sign * units * dp}. */
  public int sign() {
    return sign;
  }

  static Side of(int sign) {
    return sign > 0 ? LONG : SHORT;
  }
}
