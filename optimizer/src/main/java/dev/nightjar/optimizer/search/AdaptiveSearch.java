package dev.nightjar.optimizer.search;

/**
 * A search that learns from evaluations: it proposes batches of candidates, the runner evaluates
 * them and reports one score per candidate, and the next batch depends on the scores. The runner's
 * loop:
 *
 * <pre>{@code
 * for (Batch b = search.next(); b != null; b = search.next()) {
 *   // evaluate every id of b on every symbol, over the most recent b.dataShare() of each
 *   // series' bars; scores[i] = objective of b.ids()[i] aggregated over the symbols (mean),
 *   // NaN when an evaluation failed
 *   search.report(b, scores);
 * }
 * }</pre>
 *
 * Ids are those of {@link #candidates()}, so rows in the results log keep stable keys (with the
 * round). Proposals are a pure function of the spec and the scores reported, in batch order, so a
 * resumed run that replays the logged scores gets the same batches again.
 */
public interface AdaptiveSearch {
  /** Every combination the search may propose; batch ids index it. */
  SweepPlan candidates();

  /** The next batch to evaluate, or {@code null} when the search is finished. */
  Batch next();

  /**
   * The scores of the batch last returned by {@link #next()}, one per id in batch order; higher is
   * better after the objective's direction is applied by the search.
   *
   * @throws IllegalArgumentException when the batch is not the pending one or a score is missing
   */
  void report(Batch batch, double[] scores);

  /**
   * One round's work.
   *
   * @param round from 0
   * @param dataShare share of the bars to evaluate on, in (0, 1], the most recent ones
   * @param ids candidate ids, ascending
   */
  record Batch(int round, double dataShare, int[] ids) {
    public Batch {
      if (round < 0 || !(dataShare > 0 && dataShare <= 1) || ids == null || ids.length == 0) {
        throw new IllegalArgumentException(
            "a batch needs round >= 0, dataShare in (0, 1] and ids, got "
                + round
                + ", "
                + dataShare);
      }
      ids = ids.clone();
    }

    @Override
    public int[] ids() {
      return ids.clone();
    }

    /** Number of candidates in the batch. */
    public int size() {
      return ids.length;
    }

    /** Candidate id {@code i}, without copying. */
    public int id(int i) {
      return ids[i];
    }
  }
}
