package dev.nightjar.live.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the page plan against a slow reference that walks bar by bar: the bars requested are
 * exactly those wanted (plus the bridge to the cached range) that neither the cache nor the part
 * file holds; pages are ascending, disjoint and at most {@code pageBars} long.
 */
class FetchPlanProperties {
  private static final Timeframe TF = Timeframe.M5;
  private static final long B = TF.millis();

  @Property(tries = 300)
  void pagesRequestExactlyTheMissingBars(
      @ForAll @IntRange(min = 0, max = 200) int wantFrom,
      @ForAll @IntRange(min = 1, max = 200) int wantLength,
      @ForAll boolean hasCache,
      @ForAll @IntRange(min = 0, max = 300) int cachedFrom,
      @ForAll @IntRange(min = 1, max = 100) int cachedLength,
      @ForAll @IntRange(min = 0, max = 300) int heldA,
      @ForAll @IntRange(min = 0, max = 40) int heldALength,
      @ForAll @IntRange(min = 0, max = 300) int heldB,
      @ForAll @IntRange(min = 0, max = 40) int heldBLength,
      @ForAll @IntRange(min = 1, max = 30) int pageBars) {
    int wantTo = wantFrom + wantLength;
    int cachedTo = cachedFrom + cachedLength;
    List<TimeRange> held = new ArrayList<>();
    if (heldALength > 0) {
      held.add(new TimeRange(heldA * B, (heldA + heldALength) * B));
    }
    if (heldBLength > 0) {
      held.add(new TimeRange(heldB * B, (heldB + heldBLength) * B));
    }
    List<TimeRange> pages =
        FetchPlan.pages(
            TF,
            new TimeRange(wantFrom * B, wantTo * B),
            hasCache ? new TimeRange(cachedFrom * B, cachedTo * B) : null,
            held,
            pageBars);

    TreeSet<Long> expected = new TreeSet<>();
    for (long i = 0; i <= 600; i++) {
      boolean wanted =
          hasCache
              ? (i >= wantFrom && i < cachedFrom) || (i >= cachedTo && i < wantTo)
              : i >= wantFrom && i < wantTo;
      boolean isHeld = false;
      for (TimeRange h : held) {
        isHeld |= h.contains(i * B);
      }
      if (wanted && !isHeld) {
        expected.add(i * B);
      }
    }
    TreeSet<Long> requested = new TreeSet<>();
    long previousEnd = Long.MIN_VALUE;
    for (TimeRange p : pages) {
      assertTrue(p.from() >= previousEnd, "ascending and disjoint: " + pages);
      assertTrue(p.to() - p.from() <= pageBars * B, "page too long: " + p);
      assertTrue(TF.isAligned(p.from()) && TF.isAligned(p.to()), "aligned: " + p);
      previousEnd = p.to();
      for (long t = p.from(); t < p.to(); t += B) {
        requested.add(t);
      }
    }
    assertEquals(expected, requested);
  }
}
