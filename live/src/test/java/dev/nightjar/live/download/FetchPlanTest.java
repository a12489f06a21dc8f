package dev.nightjar.live.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.data.Timeframe;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples in minutes (M1 bars, 1 bar = 60,000 ms), pages of 10 bars. */
class FetchPlanTest {
  private static final long M = 60_000;

  /**
   * want [wantFrom, wantTo), cached [cachedFrom, cachedTo) or -1 for none, held [heldFrom, heldTo)
   * or -1; expected pages as "from-to" minutes separated by spaces, worked out by hand.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // nothing cached: the wanted range in pages of 10
        "0|25|-1|-1|-1|-1|0-10 10-20 20-25",
        // cached [10, 20): before and after it, never inside
        "0|30|10|20|-1|-1|0-10 20-30",
        // wanted range inside the cache: nothing to do
        "12|18|10|20|-1|-1|''",
        // start after the cached end: fetched from the cached end (no hole of our own)
        "40|45|10|20|-1|-1|20-30 30-40 40-45",
        // end before the cached start: fetched up to the cached start
        "0|5|10|20|-1|-1|0-10",
        // a part file holds [3, 8): the rest of [0, 25) only
        "0|25|-1|-1|3|8|0-3 8-18 18-25",
        // the part file holds everything missing
        "0|10|-1|-1|0|10|''",
      })
  void pagesCoverWhatIsMissing(
      long wantFrom,
      long wantTo,
      long cachedFrom,
      long cachedTo,
      long heldFrom,
      long heldTo,
      String expected) {
    TimeRange cached = cachedFrom < 0 ? null : new TimeRange(cachedFrom * M, cachedTo * M);
    List<TimeRange> held =
        heldFrom < 0 ? List.of() : List.of(new TimeRange(heldFrom * M, heldTo * M));
    List<TimeRange> pages =
        FetchPlan.pages(Timeframe.M1, new TimeRange(wantFrom * M, wantTo * M), cached, held, 10);
    List<String> text = new ArrayList<>();
    for (TimeRange p : pages) {
      text.add(p.from() / M + "-" + p.to() / M);
    }
    assertEquals(expected, String.join(" ", text));
  }
}
