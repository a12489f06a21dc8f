package dev.nightjar.optimizer.robust;

/**
 * Neighbourhood score of one grid point, from {@link ParameterGrid#plateau}.
 *
 * @param value the point's own objective value (NaN if missing)
 * @param neighbourhoodMean mean objective over the point's neighbourhood (NaN if {@code value} is
 *     NaN)
 * @param neighbours number of finite points averaged, the point itself included (0 if {@code value}
 *     is NaN)
 */
public record Plateau(double value, double neighbourhoodMean, int neighbours) {
  /**
   * {@code neighbourhoodMean / value}: near 1 on a plateau, well below 1 on an isolated peak. NaN
   * when {@code value} is NaN or 0; read with care when {@code value} is negative.
   */
  public double ratio() {
    return value == 0 ? Double.NaN : neighbourhoodMean / value;
  }
}
