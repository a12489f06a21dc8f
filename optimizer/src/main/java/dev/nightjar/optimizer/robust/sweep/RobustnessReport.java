package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.optimizer.select.Selection;
import java.util.List;

/**
 * What {@link Robustness#analyze} found.
 *
 * @param rows the top M ranked rows with their figures, best first
 * @param pbo PBO per symbol, in symbol order
 * @param selection the diversified selection over {@code rows} (same order)
 * @param returns the per-period returns of {@code rows} on one calendar, for {@code returns.bin}
 * @param trials N for the DSR: rows evaluated without failure
 * @param sharpeVariance V[SR] for the DSR: sample variance of the per-period Sharpe ratios of every
 *     combination whose returns were computed
 * @param maxCorrelation the selection's threshold
 */
public record RobustnessReport(
    List<RowFigures> rows,
    List<SymbolPbo> pbo,
    Selection selection,
    ReturnsTable returns,
    int trials,
    double sharpeVariance,
    double maxCorrelation) {
  public RobustnessReport {
    rows = List.copyOf(rows);
    pbo = List.copyOf(pbo);
  }
}
