package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ParameterGridProperties {

  @Property(tries = 200)
  void coordinatesInvertIndex(
      @ForAll @Size(min = 1, max = 5) int[] rawLevels, @ForAll @IntRange(min = 0) int pick) {
    int[] levels = levels(rawLevels);
    ParameterGrid grid = new ParameterGrid(levels);
    int index = pick % grid.size();
    assertEquals(index, grid.index(grid.coordinates(index)));
  }

  /**
   * Reference written differently: scan every grid point and keep those within Chebyshev distance 1
   * of the centre in level coordinates, skipping NaN.
   */
  @Property(tries = 200)
  void neighbourhoodEqualsChebyshevScan(
      @ForAll @Size(min = 1, max = 4) int[] rawLevels,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100) int missingPercent) {
    ParameterGrid grid = new ParameterGrid(levels(rawLevels));
    SplittableRandom random = new SplittableRandom(seed);
    double[] objective = new double[grid.size()];
    for (int i = 0; i < objective.length; i++) {
      objective[i] = random.nextInt(100) < missingPercent ? Double.NaN : random.nextDouble(-1, 3);
    }
    Plateau[] plateaus = grid.plateaus(objective);
    for (int i = 0; i < objective.length; i++) {
      int[] centre = grid.coordinates(i);
      double sum = 0;
      int count = 0;
      for (int j = 0; j < objective.length; j++) {
        int[] c = grid.coordinates(j);
        int distance = 0;
        for (int k = 0; k < c.length; k++) {
          distance = Math.max(distance, Math.abs(c[k] - centre[k]));
        }
        if (distance <= 1 && !Double.isNaN(objective[j])) {
          sum += objective[j];
          count++;
        }
      }
      if (Double.isNaN(objective[i])) {
        assertEquals(0, plateaus[i].neighbours());
        assertEquals(Double.NaN, plateaus[i].neighbourhoodMean());
      } else {
        assertEquals(count, plateaus[i].neighbours());
        assertEquals(sum / count, plateaus[i].neighbourhoodMean(), 1e-12);
      }
    }
  }

  @Property(tries = 100)
  void aFlatObjectiveIsAPlateauEverywhere(
      @ForAll @Size(min = 1, max = 4) int[] rawLevels, @ForAll @IntRange(min = 1, max = 9) int v) {
    ParameterGrid grid = new ParameterGrid(levels(rawLevels));
    double[] objective = new double[grid.size()];
    Arrays.fill(objective, v);
    double[] ratios = new double[grid.size()];
    double[] ones = new double[grid.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = grid.plateau(objective, i).ratio();
      ones[i] = 1;
    }
    assertArrayEquals(ones, ratios, 1e-12);
  }

  /** Map arbitrary ints to 1..4 levels per parameter, keeping grids small. */
  private static int[] levels(int[] raw) {
    int[] levels = new int[raw.length];
    for (int k = 0; k < raw.length; k++) {
      levels[k] = 1 + Math.floorMod(raw[k], 4);
    }
    return levels;
  }
}
