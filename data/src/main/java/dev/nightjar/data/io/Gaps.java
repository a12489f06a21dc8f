package dev.nightjar.data.io;

import dev.nightjar.data.Checks;
import dev.nightjar.data.Timeframe;
import java.util.ArrayList;
import java.util.List;

/**
 * The gaps of a series: places where consecutive open times are more than one timeframe apart.
 *
 * @param count number of gaps
 * @param longestMillis the longest gap as the distance between the open times around it, {@code
 *     firstAfter - lastBefore} ms (so one missing hourly bar is a 2 h gap; 0 when there is none)
 * @param missingBars bars missing over all gaps
 * @param first the first gaps in time order (at most as many as asked for)
 */
public record Gaps(int count, long longestMillis, long missingBars, List<Gap> first) {
  public Gaps {
    Checks.atLeast(count, 0, "count");
    first = List.copyOf(Checks.notNull(first, "first"));
  }

  /** No gaps. */
  public static Gaps none() {
    return new Gaps(0, 0, 0, List.of());
  }

  /**
   * Finds the gaps in ascending {@code times[0, n)}, keeping the first {@code keep}.
   *
   * @param times open times, ascending
   */
  public static Gaps find(long[] times, int n, Timeframe timeframe, int keep) {
    long tf = timeframe.millis();
    int count = 0;
    long longest = 0;
    long missing = 0;
    List<Gap> first = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      long d = times[i] - times[i - 1];
      if (d > tf) {
        long m = (d - 1) / tf;
        count++;
        missing += m;
        longest = Math.max(longest, d);
        if (first.size() < keep) {
          first.add(new Gap(times[i - 1], times[i], m));
        }
      }
    }
    return new Gaps(count, longest, missing, first);
  }
}
