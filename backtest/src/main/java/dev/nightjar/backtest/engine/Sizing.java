package dev.nightjar.backtest.engine;

import dev.nightjar.data.Checks;
import java.util.Locale;

/**
 * How many units an entry buys or sells. Every mode first sets a notional budget B, then
 *
 * <pre>units = B / (q + p·fee)</pre>
 *
 * where p is the raw reference price (open or close), q the entry fill price (p moved by spread and
 * slippage) and fee the fee rate — backtesting.py's divisor {@code adjusted_price +
 * commission(size, price) / size} (backtesting.py, {@code _Broker._process_orders}), so the units,
 * their entry fee and their spread fit in B. {@code lotSize} then rounds units down to a multiple.
 * Entries always start flat (a reversal closes first), so equity = cash.
 */
public sealed interface Sizing
    permits Sizing.AllIn, Sizing.AllInUnits, Sizing.Fraction, Sizing.Notional {

  /** The notional budget B for an entry, given the equity (quote currency) and the leverage. */
  double budget(double equity, double leverage);

  /** Whether units are rounded down to whole numbers before {@code lotSize} applies. */
  default boolean wholeUnits() {
    return false;
  }

  /** All equity, fractional units: B = equity · leverage. */
  record AllIn() implements Sizing {
    @Override
    public double budget(double equity, double leverage) {
      return equity * leverage;
    }

    @Override
    public String toString() {
      return "all-in";
    }
  }

  /**
   * All equity, whole units: units = floor(equity·leverage / (q + p·fee)) — backtesting.py's
   * default {@code size=1-ε} ({@code int(margin_available·leverage·size // adjusted_price_plus
   * _commission)}; the 1−ε factor only matters when the division is exact).
   */
  record AllInUnits() implements Sizing {
    @Override
    public double budget(double equity, double leverage) {
      return equity * leverage;
    }

    @Override
    public boolean wholeUnits() {
      return true;
    }

    @Override
    public String toString() {
      return "all-in-units";
    }
  }

  /** A fraction F in (0, 1] of equity committed as margin: B = F · equity · leverage. */
  record Fraction(double fraction) implements Sizing {
    public Fraction {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
      }
    }

    @Override
    public double budget(double equity, double leverage) {
      return fraction * equity * leverage;
    }

    @Override
    public String toString() {
      return "fraction:" + fraction;
    }
  }

  /** A fixed notional N (quote currency) per entry, whatever the equity: B = N. */
  record Notional(double notional) implements Sizing {
    public Notional {
      if (!(notional > 0) || Double.isInfinite(notional)) {
        throw new IllegalArgumentException("notional must be finite and > 0, got " + notional);
      }
    }

    @Override
    public double budget(double equity, double leverage) {
      return notional;
    }

    @Override
    public String toString() {
      return "notional:" + notional;
    }
  }

  /**
   * Parses {@code all-in}, {@code all-in-units}, {@code fraction:F} or {@code notional:N} (the
   * {@link #toString()} forms).
   *
   * @throws IllegalArgumentException naming the text when it is none of those
   */
  static Sizing parse(String text) {
    Checks.notNull(text, "sizing");
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.equals("all-in")) {
        return new AllIn();
      } else if (t.equals("all-in-units")) {
        return new AllInUnits();
      } else if (t.startsWith("fraction:")) {
        return new Fraction(Double.parseDouble(t.substring("fraction:".length())));
      } else if (t.startsWith("notional:")) {
        return new Notional(Double.parseDouble(t.substring("notional:".length())));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sizing has a bad number: '" + text + "'", e);
    }
    throw new IllegalArgumentException(
        "sizing must be all-in, all-in-units, fraction:F or notional:N, got '" + text + "'");
  }
}
