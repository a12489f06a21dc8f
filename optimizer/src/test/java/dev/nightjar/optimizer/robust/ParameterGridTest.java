package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterGridTest {

  @Test
  void indexIsRowMajorWithTheLastParameterFastest() {
    ParameterGrid grid = new ParameterGrid(2, 3, 4);
    assertEquals(24, grid.size());
    assertEquals(3, grid.dimensions());
    // (1, 2, 3) -> (1·3 + 2)·4 + 3 = 23; (0, 1, 0) -> 4
    assertEquals(23, grid.index(1, 2, 3));
    assertEquals(4, grid.index(0, 1, 0));
    assertArrayEquals(new int[] {1, 0, 2}, grid.coordinates(14)); // 14 = (1·3 + 0)·4 + 2
  }

  /**
   * One parameter with 5 levels, objective {1, 2, 10, 2, 1}: the peak's neighbourhood is {2, 10,
   * 2}, mean 14/3, ratio 0.467 (an isolated spike); an edge point sees only itself and one
   * neighbour. With the 2 replaced by NaN the peak averages {10, 2} only.
   */
  @ParameterizedTest
  @CsvSource({
    "1 2 10 2 1, 2, 4.666666666666667, 3",
    "1 2 10 2 1, 0, 1.5, 2",
    "1 NaN 10 2 1, 2, 6, 2",
    "1 NaN 10 2 1, 1, NaN, 0"
  })
  void oneDimensionalNeighbourhoods(String values, int index, double mean, int neighbours) {
    double[] objective = MomentsTest.parse(values);
    Plateau p = new ParameterGrid(5).plateau(objective, index);
    assertEquals(objective[index], p.value());
    assertEquals(mean, p.neighbourhoodMean(), 1e-12);
    assertEquals(neighbours, p.neighbours());
  }

  /**
   * 3×3 grid of ones with 5 in the centre: the centre's neighbourhood is the whole grid (the
   * hypercube includes diagonals), mean (8 + 5)/9, ratio 13/45; the corner (0, 0) sees (0,0),
   * (0,1), (1,0), (1,1): mean (1 + 1 + 1 + 5)/4 = 2, ratio 2.
   */
  @Test
  void hypercubeIncludesDiagonals() {
    ParameterGrid grid = new ParameterGrid(3, 3);
    double[] objective = {1, 1, 1, 1, 5, 1, 1, 1, 1};
    Plateau centre = grid.plateau(objective, grid.index(1, 1));
    assertEquals(13.0 / 9, centre.neighbourhoodMean(), 1e-12);
    assertEquals(9, centre.neighbours());
    assertEquals(13.0 / 45, centre.ratio(), 1e-12);
    Plateau corner = grid.plateaus(objective)[grid.index(0, 0)];
    assertEquals(2, corner.neighbourhoodMean(), 1e-12);
    assertEquals(4, corner.neighbours());
    assertEquals(2, corner.ratio(), 1e-12);
  }

  @Test
  void ratioIsNaNForAZeroValue() {
    assertEquals(Double.NaN, new Plateau(0, 1, 3).ratio());
  }

  @Test
  void rejectsBadArguments() {
    assertEquals(
        "levels[1] must be >= 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> new ParameterGrid(3, 0)).getMessage());
    ParameterGrid grid = new ParameterGrid(2, 2);
    assertEquals(
        "objective.length must be 4, got 3",
        assertThrows(IllegalArgumentException.class, () -> grid.plateau(new double[3], 0))
            .getMessage());
    assertEquals(
        "coordinates[0] must be in [0, 2), got 2",
        assertThrows(IllegalArgumentException.class, () -> grid.index(2, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> grid.coordinates(4));
    assertThrows(IllegalArgumentException.class, () -> new ParameterGrid(65536, 65536, 2).size());
  }

  /** The function form with every point present equals the array form. */
  @Test
  void functionFormMatchesArrayForm() {
    ParameterGrid grid = new ParameterGrid(3, 4);
    double[] objective = new double[12];
    for (int i = 0; i < 12; i++) {
      objective[i] = i % 5 == 0 ? Double.NaN : i * i;
    }
    for (int i = 0; i < 12; i++) {
      assertEquals(grid.plateau(objective, i), grid.plateau(g -> objective[g], i));
    }
  }
}
