package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.optimizer.ResultRow;
import java.util.Map;

/**
 * The robustness figures of one ranked row.
 *
 * @param rank 1-based rank by the sweep's objective
 * @param row the sweep's row
 * @param figures by name, in {@link Robustness#FIGURES} order: {@code psr}, {@code dsr}, {@code
 *     plateau_ratio}, {@code mc_p5_max_drawdown}, {@code mc_p5_return}, and the inputs {@code
 *     sharpe_per_period}, {@code periods}, {@code trades}; NaN when not defined (e.g. no trades)
 */
public record RowFigures(int rank, ResultRow row, Map<String, Double> figures) {
  public RowFigures {
    figures = Map.copyOf(figures);
  }

  /** One figure, NaN when absent. */
  public double figure(String name) {
    return figures.getOrDefault(name, Double.NaN);
  }
}
