package dev.nightjar.backtest.engine;

import dev.nightjar.data.Checks;
import java.util.Arrays;

/**
 * Perpetual-swap funding. At each funding time t the open position pays {@code sign · units · p ·
 * rate} (longs pay positive rates, shorts receive them), where p is the open of the bar whose span
 * [time(i), time(i+1)) holds t (the last bar spans one timeframe). The position charged is the one
 * held just after that bar's open fill, so a trade entered at a bar's open pays that bar's funding
 * and one entered at its close does not. Funding times before the first bar are ignored.
 */
public sealed interface Funding permits Funding.None, Funding.Constant, Funding.Schedule {

  /** No funding (the default). */
  record None() implements Funding {}

  /** A constant rate per 8 hours, charged at 00:00, 08:00 and 16:00 UTC. */
  record Constant(double ratePer8h) implements Funding {
    /** Eight hours in milliseconds; funding instants are epoch multiples of it. */
    public static final long INTERVAL_MS = 8 * 3_600_000L;

    public Constant {
      Checks.inRange(ratePer8h, -1, 1, "ratePer8h");
    }
  }

  /**
   * Rates at given instants (epoch ms UTC, strictly ascending), e.g. an exchange's funding history.
   * The arrays are copied.
   */
  record Schedule(long[] times, double[] rates) implements Funding {
    public Schedule {
      Checks.notNull(times, "times");
      Checks.notNull(rates, "rates");
      if (times.length != rates.length) {
        throw new IllegalArgumentException(
            "times has " + times.length + " values but rates has " + rates.length);
      }
      times = times.clone();
      rates = rates.clone();
      for (int k = 0; k < times.length; k++) {
        if (k > 0 && times[k] <= times[k - 1]) {
          throw new IllegalArgumentException(
              "funding times must be strictly ascending: times[" + k + "] = " + times[k]);
        }
        Checks.inRange(rates[k], -1, 1, "rates[" + k + "]");
      }
    }

    int size() {
      return times.length;
    }

    long timeAt(int k) {
      return times[k];
    }

    double rateAt(int k) {
      return rates[k];
    }

    @Override
    public long[] times() {
      return times.clone();
    }

    @Override
    public double[] rates() {
      return rates.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Schedule s
          && Arrays.equals(times, s.times)
          && Arrays.equals(rates, s.rates);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(times) + Arrays.hashCode(rates);
    }

    @Override
    public String toString() {
      return "Schedule[" + times.length + " rates]";
    }
  }
}
