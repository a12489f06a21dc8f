package dev.nightjar.optimizer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nightjar.optimizer.search.AdaptiveSearch.Batch;
import dev.nightjar.optimizer.spec.SearchSpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SuccessiveHalvingTest {
  private static final double NAN = Double.NaN;

  /** sma-cross with fast 2..10 and slow 50: nine candidates, ids 0..8. */
  private static SweepSpec spec(String search) {
    return SweepSpec.parse(
        "{\"data\": {\"symbols\": [\"X\"], \"timeframe\": \"1h\"}, \"strategy\": \"sma-cross\","
            + " \"params\": {\"fast\": {\"from\": 2, \"to\": 10, \"step\": 1}, \"slow\": 50},"
            + " \"search\": "
            + search
            + "}",
        Path.of("spec.json"));
  }

  private static SweepPlan nine() {
    return SweepPlan.plan(spec("{}"));
  }

  @Test
  void keepsTheBestThirdEachRoundOnGrowingData() {
    SuccessiveHalving search = new SuccessiveHalving(nine(), 3, 2, true);
    Batch first = search.next();
    assertEquals(0, first.round());
    // Two rounds with eta 3: a third of the data, then all of it.
    assertEquals(1.0 / 3, first.dataShare(), 1e-15);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, first.ids());
    assertSame(first, search.next(), "the pending batch until it is reported");
    // Best 3 of 9: 7 (id 6), then 5 and 5 (ids 1 and 3, a tie the smaller id wins first).
    search.report(first, new double[] {1, 5, NAN, 5, 2, 0, 7, 3, 3});
    Batch second = search.next();
    assertEquals(1, second.round());
    assertEquals(1.0, second.dataShare());
    assertArrayEquals(new int[] {1, 3, 6}, second.ids());
    search.report(second, new double[] {2, 9, 4});
    assertNull(search.next());
    assertArrayEquals(new int[] {3}, search.survivors());
  }

  @Test
  void tiesGoToTheSmallerIdAndMinimizingReversesTheOrder() {
    SuccessiveHalving max = new SuccessiveHalving(nine(), 3, 2, true);
    max.report(max.next(), new double[] {4, 4, 4, 4, 4, 4, 4, 4, 4});
    assertArrayEquals(new int[] {0, 1, 2}, max.survivors());

    SuccessiveHalving min = new SuccessiveHalving(nine(), 3, 2, false);
    // Smallest 3: 0 (id 5), 1 (id 0), 2 (id 4); NaN never survives.
    min.report(min.next(), new double[] {1, 5, NAN, 5, 2, 0, 7, 3, 3});
    assertArrayEquals(new int[] {0, 4, 5}, min.survivors());
  }

  @Test
  void failedCandidatesDropOutAndTheSearchEndsWhenNoneIsLeft() {
    SuccessiveHalving search = new SuccessiveHalving(nine(), 2, 4, true);
    // Only id 7 has a score: it is the one survivor although ceil(9/2) = 5 may survive.
    search.report(search.next(), new double[] {NAN, NAN, NAN, NAN, NAN, NAN, NAN, 1, NAN});
    assertArrayEquals(new int[] {7}, search.next().ids());
    search.report(search.next(), new double[] {NAN});
    assertNull(search.next());
    assertEquals(0, search.survivors().length);
  }

  @Test
  void refusesScoresThatDoNotMatchThePendingBatch() {
    SuccessiveHalving search = new SuccessiveHalving(nine(), 3, 2, true);
    Batch b = search.next();
    assertThrows(IllegalArgumentException.class, () -> search.report(b, new double[] {1}));
    search.report(b, new double[9]);
    assertThrows(IllegalArgumentException.class, () -> search.report(b, new double[9]));
    assertThrows(IllegalArgumentException.class, () -> new SuccessiveHalving(nine(), 1, 2, true));
  }

  @Test
  void aHalvingSpecSamplesItsCandidatesLikeRandomSearch() {
    SweepSpec halving = spec("{\"method\": \"halving\", \"samples\": 5, \"seed\": 3, \"eta\": 2}");
    assertEquals(new SearchSpec.Halving(5, 3, 2, 3), halving.search());
    SuccessiveHalving search = SuccessiveHalving.of(halving);
    SweepPlan random =
        SweepPlan.plan(spec("{\"method\": \"random\", \"samples\": 5, \"seed\": 3}"));
    assertEquals(5, search.candidates().size());
    for (int id = 0; id < 5; id++) {
      assertEquals(random.combination(id), search.candidates().combination(id));
    }
    // Three rounds with eta 2: a quarter, a half, then all of the data.
    assertEquals(0.25, search.next().dataShare());
    assertThrows(IllegalArgumentException.class, () -> SuccessiveHalving.of(spec("{}")));
  }
}
