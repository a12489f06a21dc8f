package dev.nightjar.optimizer.report;

import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best rows of a stream, bounded: keeps at most {@code capacity} of the rows that {@link
 * SweepInfo#ranks rank} in a heap whose head is the worst kept, so memory does not grow with the
 * number of rows. The result depends only on the set of rows offered, never on their order, because
 * {@link dev.nightjar.optimizer.Objective#comparator()} is a total order.
 */
public final class Ranking {
  private final SweepInfo info;
  private final int capacity;
  private final Comparator<ResultRow> best;
  private final PriorityQueue<ResultRow> heap;

  /**
   * @param info the objective and filters
   * @param capacity most rows kept, {@code >= 0}
   */
  public Ranking(SweepInfo info, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
    }
    this.info = info;
    this.capacity = capacity;
    this.best = info.objective().comparator();
    this.heap = new PriorityQueue<>(Math.min(capacity, 1024) + 1, best.reversed());
  }

  /** Considers one row: kept when it ranks and is better than the worst kept of a full heap. */
  public void offer(ResultRow row) {
    if (capacity == 0 || !info.ranks(row)) {
      return;
    }
    if (heap.size() < capacity) {
      heap.add(row);
    } else if (best.compare(row, heap.peek()) < 0) {
      heap.poll();
      heap.add(row);
    }
  }

  /** The kept rows, best first. */
  public List<ResultRow> best() {
    List<ResultRow> out = new ArrayList<>(heap);
    out.sort(best);
    return out;
  }
}
