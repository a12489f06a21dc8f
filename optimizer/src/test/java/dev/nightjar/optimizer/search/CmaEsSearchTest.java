package dev.nightjar.optimizer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.ConfigException;
import dev.nightjar.optimizer.search.AdaptiveSearch.Batch;
import dev.nightjar.optimizer.spec.SearchSpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class CmaEsSearchTest {
  /**
   * sma-cross, fast 5..100 step 5 and slow 10..200 step 10 with fast < slow: 5k < 10m for k, m in
   * 1..20 holds for k <= 2m - 1 when m <= 10 (100 points) and for every k when m > 10 (200).
   */
  private static SweepSpec spec(String search, String objective) {
    return SweepSpec.parse(
        "{\"data\": {\"symbols\": [\"X\"], \"timeframe\": \"1h\"}, \"strategy\": \"sma-cross\","
            + " \"params\": {\"fast\": {\"from\": 5, \"to\": 100, \"step\": 5},"
            + " \"slow\": {\"from\": 10, \"to\": 200, \"step\": 10}},"
            + " \"constraints\": [\"fast < slow\"],"
            + " \"objective\": "
            + objective
            + ", \"search\": "
            + search
            + "}",
        Path.of("spec.json"));
  }

  /** A smooth bowl with its peak at fast 35, slow 120 (a valid point). */
  private static IntToDoubleFunction bowl(SweepPlan plan) {
    return id -> {
      double[] p = plan.combination(id).params();
      return -Math.pow((p[0] - 35) / 5, 2) - Math.pow((p[1] - 120) / 10, 2);
    };
  }

  /** Runs the search loop as the sweep runner does; returns the batches in order. */
  private static List<int[]> drive(CmaEsSearch search, IntToDoubleFunction score) {
    List<int[]> batches = new ArrayList<>();
    for (Batch b = search.next(); b != null; b = search.next()) {
      double[] scores = new double[b.size()];
      for (int i = 0; i < b.size(); i++) {
        scores[i] = score.applyAsDouble(b.id(i));
      }
      batches.add(b.ids());
      search.report(b, scores);
    }
    return batches;
  }

  @Test
  void findsThePeakOfASmoothObjectiveWithinAFractionOfTheGrid() {
    SweepSpec spec = spec("{\"method\": \"cmaes\", \"budget\": 70, \"seed\": 11}", "\"sharpe\"");
    CmaEsSearch search = CmaEsSearch.of(spec);
    SweepPlan plan = search.candidates();
    assertEquals(300, plan.size());
    IntToDoubleFunction bowl = bowl(plan);
    drive(search, bowl);
    int[] evaluated = search.evaluatedIds();
    assertTrue(evaluated.length <= 70, "budget respected: " + evaluated.length);
    // Brute force over every candidate is the reference for where the peak is.
    int peak = -1;
    for (int id = 0; id < plan.size(); id++) {
      if (peak < 0 || bowl.applyAsDouble(id) > bowl.applyAsDouble(peak)) {
        peak = id;
      }
    }
    Set<Integer> seen = new HashSet<>();
    for (int id : evaluated) {
      seen.add(id);
    }
    assertTrue(seen.contains(peak), "the peak " + plan.combination(peak) + " was evaluated");
  }

  @Test
  void minimizingFollowsTheObjectivesDirection() {
    SweepSpec spec =
        spec(
            "{\"method\": \"cmaes\", \"budget\": 70, \"seed\": 3}",
            "{\"metric\": \"max_drawdown\", \"direction\": \"min\"}");
    CmaEsSearch search = CmaEsSearch.of(spec);
    IntToDoubleFunction bowl = bowl(search.candidates());
    drive(search, id -> -bowl.applyAsDouble(id));
    int best = -1;
    for (int id : search.evaluatedIds()) {
      if (best < 0 || -bowl.applyAsDouble(id) < -bowl.applyAsDouble(best)) {
        best = id;
      }
    }
    assertArrayEquals(new double[] {35, 120}, search.candidates().combination(best).params());
  }

  @Test
  void proposalsAreAPureFunctionOfTheScoresSoAResumedSearchRetracesTheSameBatches() {
    SweepSpec spec = spec("{\"method\": \"cmaes\", \"budget\": 40, \"seed\": 5}", "\"sharpe\"");
    IntToDoubleFunction bowl = bowl(SweepPlan.plan(spec));
    List<int[]> first = drive(CmaEsSearch.of(spec), bowl);
    List<int[]> second = drive(CmaEsSearch.of(spec), bowl);
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i), "batch " + i);
    }
    Set<Integer> distinct = new HashSet<>();
    int total = 0;
    for (int[] b : first) {
      for (int id : b) {
        distinct.add(id);
        total++;
      }
    }
    assertEquals(total, distinct.size(), "no combination is proposed twice");
    assertEquals(40, total, "a smooth 300-point grid has room for the whole budget");
  }

  @Test
  void failedEvaluationsAreNeverChosenAndABudgetAboveTheGridEvaluatesAtMostEveryPoint() {
    SweepSpec spec = spec("{\"method\": \"cmaes\", \"budget\": 5000, \"seed\": 9}", "\"sharpe\"");
    CmaEsSearch search = CmaEsSearch.of(spec);
    IntToDoubleFunction bowl = bowl(search.candidates());
    drive(search, id -> id % 7 == 0 ? Double.NaN : bowl.applyAsDouble(id));
    assertTrue(search.evaluatedIds().length <= search.candidates().size());
    assertNull(search.next());
  }

  @Test
  void reportingAnythingButThePendingBatchIsRefused() {
    CmaEsSearch search =
        CmaEsSearch.of(spec("{\"method\": \"cmaes\", \"budget\": 10, \"seed\": 1}", "\"sharpe\""));
    Batch b = search.next();
    assertThrows(IllegalArgumentException.class, () -> search.report(b, new double[b.size() + 1]));
    assertThrows(
        IllegalArgumentException.class,
        () -> search.report(new Batch(b.round() + 1, 1, b.ids()), new double[b.size()]));
  }

  @Test
  void theSpecNamesTheMethodAndEveryBadFieldByPath() {
    SweepSpec spec = spec("{\"method\": \"cmaes\", \"budget\": 12, \"seed\": 4}", "\"sharpe\"");
    assertEquals(new SearchSpec.CmaEs(12, 4), spec.search());
    ConfigException missing =
        assertThrows(ConfigException.class, () -> spec("{\"method\": \"cmaes\"}", "\"sharpe\""));
    assertTrue(missing.getMessage().contains("$.search.budget"), missing.getMessage());
    ConfigException unknown =
        assertThrows(
            ConfigException.class,
            () -> spec("{\"method\": \"cmaes\", \"budget\": 3, \"eta\": 2}", "\"sharpe\""));
    assertTrue(unknown.getMessage().contains("$.search.eta"), unknown.getMessage());
  }
}
