package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.data.SeriesId;
import dev.nightjar.optimizer.robust.PboResult;

/**
 * PBO of one symbol's combinations.
 *
 * @param series the symbol
 * @param evaluated combinations evaluated without failure on it
 * @param used combinations whose returns went into CSCV ({@code < evaluated} when capped)
 * @param result the CSCV outcome, or {@code null} when it could not run
 * @param note why it did not run, or how the combinations were capped; empty otherwise
 */
public record SymbolPbo(SeriesId series, int evaluated, int used, PboResult result, String note) {
  /** High risk from here up. */
  public static final double HIGH = 0.5;

  /** Low risk below this. */
  public static final double LOW = 0.2;

  /** One plain-language line for the PBO value. */
  public String reading() {
    if (result == null) {
      return "not computed: " + note;
    }
    double pbo = result.pbo();
    if (pbo >= HIGH) {
      return "high risk that the best in-sample config is overfit";
    }
    if (pbo >= LOW) {
      return "moderate risk that the best in-sample config is overfit";
    }
    return "low risk: the in-sample best usually stays above the median out of sample";
  }
}
