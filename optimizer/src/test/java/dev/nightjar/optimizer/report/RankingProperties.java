package dev.nightjar.optimizer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RankingProperties {
  /**
   * Rows of the tiny sweep's two symbols and four combinations with few distinct values, so ties,
   * NaN, filtered (trades below 10) and failed rows are common. Each (symbol, combination) at most
   * once, as in a sweep.
   */
  @Provide
  Arbitrary<List<ResultRow>> rows() {
    // One outcome per (symbol, combination): {sharpe, trades, failed when 0}.
    Arbitrary<double[]> outcome =
        Combinators.combine(
                Arbitraries.of(1.0, 2.0, 3.0, -1.0, Double.NaN),
                Arbitraries.of(0.0, 5.0, 10.0, 20.0),
                Arbitraries.integers().between(0, 9))
            .as((sharpe, trades, fail) -> new double[] {sharpe, trades, fail});
    return outcome
        .list()
        .ofSize(8)
        .map(
            outcomes -> {
              List<ResultRow> out = new ArrayList<>();
              for (int i = 0; i < 8; i++) {
                double[] o = outcomes.get(i);
                out.add(
                    o[2] == 0
                        ? ResultRow.failed(i / 4, i % 4, "boom")
                        : TinySweep.row(i / 4, i % 4, o[0], o[1]));
              }
              return out;
            });
  }

  @Property(tries = 200)
  void keepsTheBestRankingRowsWhateverTheOrder(
      @ForAll("rows") List<ResultRow> rows,
      @ForAll @IntRange(min = 0, max = 9) int capacity,
      @ForAll long seed) {
    SweepInfo info = TinySweep.info(capacity);
    // Slow reference: every row that is not failed, has a sharpe and at least 10 trades, sorted
    // best first (sharpe descending, then combination id, then symbol), cut at capacity.
    List<ResultRow> expected = new ArrayList<>();
    for (ResultRow r : rows) {
      double sharpe = r.metric(Metric.SHARPE);
      if (!r.failed() && !Double.isNaN(sharpe) && r.metric(Metric.TRADES) >= 10) {
        expected.add(r);
      }
    }
    expected.sort(
        (a, b) -> {
          int c = Double.compare(b.metric(Metric.SHARPE), a.metric(Metric.SHARPE));
          c = c != 0 ? c : Integer.compare(a.combination(), b.combination());
          return c != 0 ? c : Integer.compare(a.symbol(), b.symbol());
        });
    expected = expected.subList(0, Math.min(capacity, expected.size()));

    List<ResultRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    Ranking ranking = new Ranking(info, capacity);
    shuffled.forEach(ranking::offer);
    assertEquals(expected, ranking.best());
  }
}
