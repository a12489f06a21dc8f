package dev.nightjar.live.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The merge of cached bars and fetched pages against a TreeMap reference: every bar of either
 * appears once, ascending, and where both hold a time the cached bar wins.
 */
class MergeProperties {
  private static final SeriesId ID = new SeriesId(Symbol.of("X"), Timeframe.M1);
  private static final long M = 60_000L;

  @Property(tries = 200)
  void mergeIsTheUnionWithCachedBarsWinning(
      @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 119) Integer> cachedBars,
      @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 119) Integer> fetchedBars,
      @ForAll @IntRange(min = 1, max = 40) int pageBars) {
    TreeMap<Long, Double> reference = new TreeMap<>();
    TreeMap<Long, Double> cached = new TreeMap<>();
    TreeMap<Long, Double> fetched = new TreeMap<>();
    for (int i : fetchedBars) {
      fetched.put(i * M, 2000.0 + i);
    }
    for (int i : cachedBars) {
      cached.put(i * M, 1000.0 + i);
    }
    reference.putAll(fetched);
    reference.putAll(cached);
    // Pages partition [0, 120) minutes into ranges of pageBars, in reverse order (any order works).
    List<PartFile.Page> pages = new ArrayList<>();
    for (int from = 0; from < 120; from += pageBars) {
      long a = from * M;
      long b = Math.min(120, from + pageBars) * M;
      pages.add(0, new PartFile.Page(new TimeRange(a, b), series(fetched.subMap(a, b))));
    }
    BarSeries merged = KlineDownload.merge(ID, cached.isEmpty() ? null : series(cached), pages);
    long[] t = new long[reference.size()];
    double[] c = new double[reference.size()];
    int k = 0;
    for (Map.Entry<Long, Double> e : reference.entrySet()) {
      t[k] = e.getKey();
      c[k++] = e.getValue();
    }
    assertArrayEquals(t, merged.times());
    assertArrayEquals(c, merged.closes());
    assertArrayEquals(c, merged.opens());
  }

  private static BarSeries series(Map<Long, Double> bars) {
    int n = bars.size();
    long[] t = new long[n];
    double[] p = new double[n];
    int k = 0;
    for (Map.Entry<Long, Double> e : bars.entrySet()) {
      t[k] = e.getKey();
      p[k++] = e.getValue();
    }
    return BarSeries.of(ID, t, p.clone(), p.clone(), p.clone(), p.clone(), p.clone());
  }
}
