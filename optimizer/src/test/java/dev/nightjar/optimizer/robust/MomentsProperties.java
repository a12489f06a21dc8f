package dev.nightjar.optimizer.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class MomentsProperties {

  /** The one-pass update agrees with the textbook two-pass definitions written out here. */
  @Property(tries = 200)
  void onePassEqualsTwoPass(
      @ForAll @Size(min = 3, max = 60) double[] values,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double shift) {
    double[] x = values.clone();
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.max(-1e3, Math.min(1e3, x[i])) + shift;
    }
    int n = x.length;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double v : x) {
      double d = v - mean;
      m2 += d * d;
      m3 += d * d * d;
      m4 += d * d * d * d;
    }
    Moments m = Moments.of(x);
    double scale = Math.max(1, Math.abs(shift));
    assertEquals(mean, m.mean(), 1e-9 * scale);
    assertEquals(Math.sqrt(m2 / (n - 1)), m.stdev(), 1e-9 * Math.max(1, Math.sqrt(m2)));
    if (m2 / n > 1e-6) {
      assertEquals(Math.sqrt(n) * m3 / Math.pow(m2, 1.5), m.skewness(), 1e-6);
      assertEquals(n * m4 / (m2 * m2), m.kurtosis(), 1e-6 * Math.max(1, n));
    }
  }
}
