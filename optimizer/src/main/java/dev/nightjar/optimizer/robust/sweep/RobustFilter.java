package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.select.GreedySelection;
import dev.nightjar.optimizer.select.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code nightjar export --min-dsr X --max-corr Y} keeps: walking the ranked rows best first,
 * a row is dropped when it has no robustness figures, when its DSR is below X (NaN DSR counts as
 * below), or when its returns correlate above Y with a row kept before it (greedy selection among
 * the rows that passed the DSR test); the first K survivors are exported. Drops are reported only
 * for rows ranked above the last exported one (or all, when fewer than K pass).
 */
public final class RobustFilter {
  private RobustFilter() {}

  /**
   * A dropped row and why.
   *
   * @param rank its 1-based rank by the objective
   * @param row the row
   * @param reason e.g. {@code DSR 0.412 < 0.95}
   */
  public record Dropped(int rank, ResultRow row, String reason) {}

  /**
   * The outcome.
   *
   * @param kept at most K rows, best first
   * @param keptRanks their 1-based ranks by the objective
   * @param dropped the rows dropped on the way, best first
   */
  public record Outcome(List<ResultRow> kept, List<Integer> keptRanks, List<Dropped> dropped) {
    public Outcome {
      kept = List.copyOf(kept);
      keptRanks = List.copyOf(keptRanks);
      dropped = List.copyOf(dropped);
    }
  }

  /**
   * Applies the filter.
   *
   * @param ranked the ranked rows, best first
   * @param figures robustness figures by {@link RobustnessFiles#key}
   * @param returns per-period returns of (at least) the rows with figures
   * @param minDsr the lowest DSR kept, or NaN for no DSR test
   * @param maxCorrelation the largest correlation with a kept row, or NaN for no correlation test
   * @param k how many rows to keep at most
   */
  public static Outcome apply(
      List<ResultRow> ranked,
      Map<Long, Map<String, Double>> figures,
      ReturnsTable returns,
      double minDsr,
      double maxCorrelation,
      int k) {
    List<Integer> candidates = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    String[] reasons = new String[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      ResultRow row = ranked.get(i);
      Map<String, Double> f = figures.get(RobustnessFiles.key(row.symbol(), row.combination()));
      if (f == null || returns.indexOf(row.symbol(), row.combination()) < 0) {
        reasons[i] = "no robustness figures (outside the analyzed top " + figures.size() + ")";
      } else if (!Double.isNaN(minDsr) && !(f.getOrDefault("dsr", Double.NaN) >= minDsr)) {
        reasons[i] =
            String.format(Locale.ROOT, "DSR %.3f < %s", f.getOrDefault("dsr", Double.NaN), minDsr);
      } else {
        candidates.add(i);
      }
    }
    boolean[] chosen = new boolean[ranked.size()];
    if (!candidates.isEmpty()) {
      if (Double.isNaN(maxCorrelation)) {
        candidates.forEach(i -> chosen[i] = true);
      } else {
        double[][] values = new double[candidates.size()][];
        for (int c = 0; c < values.length; c++) {
          ResultRow row = ranked.get(candidates.get(c));
          values[c] = returns.values()[returns.indexOf(row.symbol(), row.combination())];
        }
        ReturnsTable sub =
            new ReturnsTable(
                returns.periodMillis(),
                returns.calendar(),
                new int[values.length],
                new int[values.length],
                values);
        Selection s = GreedySelection.select(Robustness.correlations(sub), maxCorrelation);
        for (int c = 0; c < values.length; c++) {
          int i = candidates.get(c);
          chosen[i] = s.chosen()[c];
          if (!chosen[i]) {
            reasons[i] =
                String.format(
                    Locale.ROOT,
                    "return correlation %.3f with rank %d > %s",
                    s.correlation()[c],
                    candidates.get(s.excludedBy()[c]) + 1,
                    maxCorrelation);
          }
        }
      }
    }
    List<ResultRow> kept = new ArrayList<>();
    List<Integer> keptRanks = new ArrayList<>();
    for (int i = 0; i < ranked.size() && kept.size() < k; i++) {
      if (chosen[i]) {
        kept.add(ranked.get(i));
        keptRanks.add(i + 1);
      } else {
        dropped.add(new Dropped(i + 1, ranked.get(i), reasons[i]));
      }
    }
    return new Outcome(kept, keptRanks, dropped);
  }
}
