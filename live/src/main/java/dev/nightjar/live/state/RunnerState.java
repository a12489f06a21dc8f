package dev.nightjar.live.state;

import dev.nightjar.data.Checks;
import java.util.List;

/**
 * Everything a runner needs to resume where it stopped, as saved in its state file ({@value
 * #SCHEMA}). It never holds credentials. Money is in quote currency; times are epoch ms (bar open
 * times).
 *
 * @param schema always {@value #SCHEMA}
 * @param config which config and series the state belongs to ({@code strategy params @ SYM:TF})
 * @param mode {@code paper} or the exchange's name
 * @param sessionStart open time of the session's first bar: the engine runs from there
 * @param lastBar open time of the last bar whose decision is complete; −1 before the first
 * @param position the open position, or {@code null} when flat
 * @param orders every order created so far, oldest first
 * @param dayStart start of the current UTC day
 * @param dayStartEquity equity at the first bar of that day
 * @param peakEquity the session's highest equity
 * @param equity equity after the last bar (the value if flattened at its close)
 * @param consecutiveErrors failed exchange calls in a row
 * @param stopped why the runner stopped for good (kill switch), or {@code null}
 */
public record RunnerState(
    String schema,
    String config,
    String mode,
    long sessionStart,
    long lastBar,
    PositionRecord position,
    List<OrderRecord> orders,
    long dayStart,
    double dayStartEquity,
    double peakEquity,
    double equity,
    int consecutiveErrors,
    String stopped) {
  /** The state file's schema. */
  public static final String SCHEMA = "nightjar.runner-state/1";

  public RunnerState {
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("schema must be " + SCHEMA + ", got " + schema);
    }
    Checks.notNull(config, "config");
    Checks.notNull(mode, "mode");
    orders = List.copyOf(Checks.notNull(orders, "orders"));
    Checks.atLeast(consecutiveErrors, 0, "consecutiveErrors");
  }
}
