package dev.nightjar.data.synth;

import java.util.SplittableRandom;

/**
 * Random draws that are identical on every JVM: {@link SplittableRandom} for the bits and {@link
 * StrictMath} for the transforms.
 */
final class Draws {
  private final SplittableRandom random;
  private double spare;
  private boolean hasSpare;

  Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return random.nextDouble();
  }

  /** Uniform in (0, 1], safe for a logarithm. */
  double uniformOpen() {
    return 1.0 - random.nextDouble();
  }

  /** Standard normal, by Marsaglia's polar method (two values per accepted pair). */
  double normal() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    spare = v * f;
    hasSpare = true;
    return u * f;
  }

  /**
   * Student-t with 4 degrees of freedom scaled to unit variance: {@code Z / sqrt(V / 4) / sqrt(2)}
   * with Z standard normal and V ~ chi-square(4) = {@code -2 ln(U1 U2)}, which simplifies to {@code
   * Z / sqrt(-ln(U1 U2))}. Kurtosis is infinite (nu = 4), so 1m returns have fat tails.
   */
  double studentT4() {
    double z = normal();
    double w;
    do {
      w = uniformOpen() * uniformOpen();
    } while (w == 1.0); // both draws exactly 1 (p = 2^-106) would divide by zero
    return z / StrictMath.sqrt(-StrictMath.log(w));
  }
}
