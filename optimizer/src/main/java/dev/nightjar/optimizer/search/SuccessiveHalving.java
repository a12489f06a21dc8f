package dev.nightjar.optimizer.search;

import dev.nightjar.optimizer.spec.SearchSpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.util.Arrays;

/**
 * Successive halving (Jamieson &amp; Talwalkar 2016) over a fixed set of candidates, with data as
 * the budget. Round r of R evaluates the survivors on the most recent η^(r − R + 1) share of the
 * bars (the last round on all of them), then keeps the best ⌈n/η⌉ (at least 1) for the next round.
 * Candidates with a NaN score are dropped first; ties go to the smaller id, so the survivors never
 * depend on evaluation order. Every round costs the same, (n/η^r candidates) × (η^(r − R + 1) of
 * the data) = n/η^(R − 1) full-data evaluations, so the whole search costs R·n/η^(R − 1) of them
 * against n for evaluating every candidate on all the data.
 */
public final class SuccessiveHalving implements AdaptiveSearch {
  private final SweepPlan candidates;
  private final int eta;
  private final int rounds;
  private final boolean maximize;
  private int round;
  private int[] survivors;
  private Batch pending;

  /** The search a spec with {@code "method": "halving"} asks for, over its random sample. */
  public static SuccessiveHalving of(SweepSpec spec) {
    if (!(spec.search() instanceof SearchSpec.Halving h)) {
      throw new IllegalArgumentException(
          "the spec's search method is " + spec.search().method() + ", not halving");
    }
    return new SuccessiveHalving(
        SweepPlan.plan(spec), h.eta(), h.rounds(), spec.objective().maximize());
  }

  /**
   * @param candidates the combinations to choose from (e.g. a random sample of the grid)
   * @param eta the reduction factor, at least 2
   * @param rounds number of rounds, at least 1
   * @param maximize whether higher scores are better
   */
  public SuccessiveHalving(SweepPlan candidates, int eta, int rounds, boolean maximize) {
    if (candidates.size() == 0 || eta < 2 || rounds < 1) {
      throw new IllegalArgumentException(
          "successive halving needs candidates, eta >= 2 and rounds >= 1, got "
              + candidates.size()
              + ", "
              + eta
              + ", "
              + rounds);
    }
    this.candidates = candidates;
    this.eta = eta;
    this.rounds = rounds;
    this.maximize = maximize;
    this.survivors = new int[candidates.size()];
    Arrays.setAll(survivors, i -> i);
  }

  @Override
  public SweepPlan candidates() {
    return candidates;
  }

  @Override
  public Batch next() {
    if (pending != null) {
      return pending;
    }
    if (round == rounds || survivors.length == 0) {
      return null;
    }
    pending = new Batch(round, Math.pow(eta, round - rounds + 1), survivors);
    return pending;
  }

  @Override
  public void report(Batch batch, double[] scores) {
    if (pending == null || batch.round() != pending.round() || scores.length != batch.size()) {
      throw new IllegalArgumentException(
          "expected the scores of round " + (pending == null ? "none" : pending.round()));
    }
    int keep = Math.max(1, (survivors.length + eta - 1) / eta);
    Integer[] order = new Integer[survivors.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> compare(scores[a], scores[b], survivors[a], survivors[b]));
    int valid = 0;
    while (valid < order.length && !Double.isNaN(scores[order[valid]])) {
      valid++;
    }
    int[] next = new int[Math.min(keep, valid)];
    for (int i = 0; i < next.length; i++) {
      next[i] = survivors[order[i]];
    }
    Arrays.sort(next);
    survivors = next;
    pending = null;
    round++;
  }

  /** The candidates still in the race (after the last round: the winners), ascending ids. */
  public int[] survivors() {
    return survivors.clone();
  }

  /** Best first: NaN last, then by score in the objective's direction, then by id. */
  private int compare(double x, double y, int idX, int idY) {
    boolean xNaN = Double.isNaN(x);
    boolean yNaN = Double.isNaN(y);
    if (xNaN != yNaN) {
      return xNaN ? 1 : -1;
    }
    int c = xNaN ? 0 : maximize ? Double.compare(y, x) : Double.compare(x, y);
    return c != 0 ? c : Integer.compare(idX, idY);
  }
}
