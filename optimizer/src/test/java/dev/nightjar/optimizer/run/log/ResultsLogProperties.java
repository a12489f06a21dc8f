package dev.nightjar.optimizer.run.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.ResultRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResultsLogProperties {

  /** Appending tasks (in any id order, empty ones included) and scanning gives them back. */
  @Property(tries = 100)
  void roundTripIsBitExact(@ForAll("tasks") List<List<ResultRow>> tasks, @ForAll long seed)
      throws IOException {
    Path dir = Files.createTempDirectory("results-log");
    Path file = dir.resolve("results.log");
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      ids.add(3 * i + 1);
    }
    Collections.shuffle(ids, new java.util.Random(seed));
    try {
      try (ResultsLog log = ResultsLog.create(file, Metric.count())) {
        for (int i = 0; i < tasks.size(); i++) {
          log.append(ids.get(i), tasks.get(i));
        }
      }
      try (LogIndex index = LogIndex.scan(file, Metric.count())) {
        BitSet expected = new BitSet();
        ids.forEach(expected::set);
        assertEquals(expected, index.completed());
        assertEquals(0, index.tornBytes());
        assertEquals(Files.size(file), index.validLength());
        for (int i = 0; i < tasks.size(); i++) {
          TestRows.assertSameRows(tasks.get(i), index.read(ids.get(i)));
        }
      }
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<List<List<ResultRow>>> tasks() {
    Arbitrary<Double> special =
        Arbitraries.of(
            Double.NaN,
            Double.longBitsToDouble(0x7ff0_0000_0000_0123L),
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            -0.0,
            Double.MIN_VALUE);
    Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble);
    Arbitrary<double[]> metrics =
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, special), net.jqwik.api.Tuple.of(3, anyBits))
            .list()
            .ofSize(Metric.count())
            .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    Arbitrary<String> unicode =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .list()
            .ofMaxSize(12)
            .map(
                cps ->
                    new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    Arbitrary<String> error = unicode.injectNull(0.6);
    Arbitrary<ResultRow> row =
        Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), metrics, error)
            .as(ResultRow::new);
    return row.list().ofMaxSize(8).list().ofMaxSize(6);
  }
}
