package dev.nightjar.optimizer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.optimizer.spec.SweepSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SweepPlanProperties {
  /**
   * macd-cross (fast in [2, 200], slow in [3, 400], signal in [2, 100], its own fast < slow) with
   * random level sets and the spec's constraint {@code slow - fast >= gap and signal <= cap}: the
   * plan is exactly the brute-force nested loops (fast outermost, signal fastest) that keep the
   * points satisfying both.
   */
  @Property(tries = 200)
  void gridIsTheBruteForceNestedLoops(
      @ForAll @Size(min = 1, max = 6) Set<@IntRange(min = 2, max = 40) Integer> fast,
      @ForAll @Size(min = 1, max = 6) Set<@IntRange(min = 3, max = 60) Integer> slow,
      @ForAll @Size(min = 1, max = 4) Set<@IntRange(min = 2, max = 30) Integer> signal,
      @ForAll @IntRange(min = 0, max = 30) int gap,
      @ForAll @IntRange(min = 2, max = 30) int cap) {
    List<double[]> expected = new ArrayList<>();
    for (int f : new TreeSet<>(fast)) {
      for (int s : new TreeSet<>(slow)) {
        for (int g : new TreeSet<>(signal)) {
          if (f < s && s - f >= gap && g <= cap) {
            expected.add(new double[] {f, s, g});
          }
        }
      }
    }
    String json =
        "{\"data\": {\"symbols\": [\"X\"], \"timeframe\": \"1h\"}, \"strategy\": \"macd-cross\","
            + " \"params\": {\"fast\": {\"values\": "
            + fast
            + "}, \"slow\": {\"values\": "
            + slow
            + "}, \"signal\": {\"values\": "
            + signal
            + "}}, \"constraints\": [\"slow - fast >= "
            + gap
            + " and signal <= "
            + cap
            + "\"]}";
    if (expected.isEmpty()) {
      // The spec is refused instead: nothing to sweep.
      assertTrue(parseFails(json));
      return;
    }
    SweepPlan plan = SweepPlan.plan(SweepSpec.parse(json, Path.of("spec.json")));
    assertEquals(expected.size(), plan.size());
    for (int id = 0; id < plan.size(); id++) {
      assertArrayEquals(expected.get(id), plan.combination(id).params());
    }
  }

  /** Random plans: min(samples, valid) distinct points of the grid plan, in grid order. */
  @Property(tries = 200)
  void randomIsAnOrderedSubsetOfTheGrid(
      @ForAll @IntRange(min = 2, max = 30) int fastTo,
      @ForAll @IntRange(min = 3, max = 40) int slowTo,
      @ForAll @IntRange(min = 1, max = 300) int samples,
      @ForAll long seed) {
    String base =
        "{\"data\": {\"symbols\": [\"X\"], \"timeframe\": \"1h\"}, \"strategy\": \"sma-cross\","
            + " \"params\": {\"fast\": {\"from\": 2, \"to\": "
            + fastTo
            + "}, \"slow\": {\"from\": 3, \"to\": "
            + slowTo
            + ", \"step\": 1}}, \"search\": ";
    SweepPlan grid = SweepPlan.plan(SweepSpec.parse(base + "{}}", Path.of("g.json")));
    SweepPlan random =
        SweepPlan.plan(
            SweepSpec.parse(
                base
                    + "{\"method\": \"random\", \"samples\": "
                    + samples
                    + ", \"seed\": "
                    + seed
                    + "}}",
                Path.of("r.json")));
    assertEquals(Math.min(samples, grid.size()), random.size());
    List<Integer> gridIndices = new ArrayList<>();
    for (int id = 0; id < grid.size(); id++) {
      gridIndices.add(grid.gridIndex(id));
    }
    int previous = -1;
    for (int id = 0; id < random.size(); id++) {
      int index = random.gridIndex(id);
      assertTrue(index > previous, "ascending, hence distinct");
      assertTrue(gridIndices.contains(index));
      previous = index;
    }
  }

  private static boolean parseFails(String json) {
    try {
      SweepSpec.parse(json, Path.of("spec.json"));
      return false;
    } catch (dev.nightjar.data.ConfigException e) {
      return e.getMessage().endsWith("no parameter combination satisfies the constraints");
    }
  }
}
