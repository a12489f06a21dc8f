package dev.nightjar.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DrawsTest {
  private static final int N = 400_000;

  @Test
  void normalsHaveUnitVarianceAndThinTails() {
    Draws d = new Draws(1);
    double s1 = 0;
    double s2 = 0;
    double s4 = 0;
    for (int i = 0; i < N; i++) {
      double z = d.normal();
      s1 += z;
      s2 += z * z;
      s4 += z * z * z * z;
    }
    // Standard errors: mean 1/sqrt(N) = 0.0016, variance sqrt(2/N) = 0.0022, kurtosis ~ 0.008.
    assertEquals(0, s1 / N, 0.01);
    assertEquals(1, s2 / N, 0.015);
    assertEquals(3, (s4 / N) / Math.pow(s2 / N, 2), 0.1);
  }

  @Test
  void studentT4HasUnitVarianceAndFatTails() {
    Draws d = new Draws(2);
    double s2 = 0;
    int beyondFour = 0;
    for (int i = 0; i < N; i++) {
      double t = d.studentT4();
      s2 += t * t;
      if (Math.abs(t) > 4) {
        beyondFour++;
      }
    }
    // Var(t4 / sqrt 2) = 1, but the 4th moment is infinite, so the sample variance converges
    // slowly: a loose band. P(|t4| > 4 sqrt 2 = 5.657) = 0.0048 against 6e-5 for a normal at 4.
    assertEquals(1, s2 / N, 0.1);
    assertEquals(0.0048, (double) beyondFour / N, 0.001);
  }

  @Test
  void theSameSeedGivesTheSameDraws() {
    Draws a = new Draws(3);
    Draws b = new Draws(3);
    for (int i = 0; i < 1000; i++) {
      assertEquals(
          Double.doubleToRawLongBits(a.studentT4()), Double.doubleToRawLongBits(b.studentT4()));
    }
  }
}
