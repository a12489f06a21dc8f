package dev.nightjar.live.download;

import dev.nightjar.data.Timeframe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which pages a fetch requests: the part of the wanted range the cache lacks — before the cached
 * range and after it, never inside it (a gap inside cached data is the exchange's, not refetched) —
 * minus the pages a part file already holds, cut into pages of at most {@code pageBars} bars,
 * ascending. The cached range is always extended contiguously: asking for a start after the cached
 * end fetches from the cached end, so a fetch never creates a hole of its own.
 */
public final class FetchPlan {
  private FetchPlan() {}

  /**
   * @param want the wanted open times, aligned to {@code tf}
   * @param cached the cached series' {@code [first, last + tf)}, or null when nothing is cached
   * @param held ranges already fetched into a part file (any order, aligned)
   * @param pageBars bars per page, {@code >= 1}
   */
  public static List<TimeRange> pages(
      Timeframe tf, TimeRange want, TimeRange cached, List<TimeRange> held, int pageBars) {
    if (pageBars < 1) {
      throw new IllegalArgumentException("pageBars must be >= 1, got " + pageBars);
    }
    List<TimeRange> missing = new ArrayList<>();
    if (cached == null) {
      missing.add(want);
    } else {
      if (want.from() < cached.from()) {
        missing.add(new TimeRange(want.from(), cached.from()));
      }
      if (want.to() > cached.to()) {
        missing.add(new TimeRange(cached.to(), want.to()));
      }
    }
    List<TimeRange> sortedHeld = new ArrayList<>(held);
    sortedHeld.sort(Comparator.comparingLong(TimeRange::from));
    List<TimeRange> pages = new ArrayList<>();
    long step = pageBars * tf.millis();
    for (TimeRange m : missing) {
      for (TimeRange piece : subtract(m, sortedHeld)) {
        for (long a = piece.from(); a < piece.to(); a += step) {
          pages.add(new TimeRange(a, Math.min(a + step, piece.to())));
        }
      }
    }
    return pages;
  }

  /** {@code range} minus the union of {@code sorted} (ascending by start). */
  static List<TimeRange> subtract(TimeRange range, List<TimeRange> sorted) {
    List<TimeRange> out = new ArrayList<>();
    long at = range.from();
    for (TimeRange h : sorted) {
      if (h.to() <= at || h.from() >= range.to()) {
        continue;
      }
      if (h.from() > at) {
        out.add(new TimeRange(at, h.from()));
      }
      at = Math.max(at, h.to());
      if (at >= range.to()) {
        return out;
      }
    }
    if (at < range.to()) {
      out.add(new TimeRange(at, range.to()));
    }
    return out;
  }
}
