package dev.nightjar.data.validate;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;
import dev.nightjar.data.DataException;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.io.BarCheck;
import dev.nightjar.data.io.Format;
import dev.nightjar.data.io.Gaps;
import dev.nightjar.data.io.Importer;
import dev.nightjar.data.io.RawRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Data-quality checks over a series or a file's raw rows; see {@link Check} for what is checked and
 * its severity, and {@link SpikeDetector} for the spike rule. Findings are listed in time order,
 * the first {@value #LISTED} of each kind.
 */
public final class Validator {
  /** Occurrences and gaps listed per check. */
  public static final int LISTED = 20;

  private Validator() {}

  /** Checks a series (already sorted and free of duplicates) against its own timeframe. */
  public static ValidationReport validate(BarSeries series) {
    Checks.notNull(series, "series");
    Bars bars =
        new Bars(
            series.times(),
            series.opens(),
            series.highs(),
            series.lows(),
            series.closes(),
            series.volumes(),
            new int[series.size()],
            null,
            null);
    return analyse(
        series.id().toString(), series.size(), bars, series.timeframe(), false, new Collector());
  }

  /**
   * Reads {@code file} leniently (every readable row kept with its line; unreadable rows become
   * {@link Check#UNPARSEABLE_ROW} findings, not exceptions) and checks the raw rows.
   *
   * @param timeframeOrNull the bar length; {@code null} to infer it: the largest {@link Timeframe}
   *     that divides the most common spacing between distinct sorted open times and to which at
   *     least half of the times are aligned (so Friday-dated weekly bars give 1d)
   * @param formatOrNull the format, or {@code null} to detect it
   * @throws DataException only when the file cannot be read at all (missing, malformed JSON, no
   *     usable header)
   */
  public static ValidationReport validateFile(
      Path file, Timeframe timeframeOrNull, Format formatOrNull) {
    RawRows rows = Importer.readLenient(file, formatOrNull);
    int[] order = rows.sortedOrder();
    int n = order.length;
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    int[] line = new int[n];
    for (int i = 0; i < n; i++) {
      int r = order[i];
      t[i] = rows.time(r);
      o[i] = rows.open(r);
      h[i] = rows.high(r);
      l[i] = rows.low(r);
      c[i] = rows.close(r);
      v[i] = rows.volume(r);
      line[i] = rows.line(r);
    }
    Timeframe tf = timeframeOrNull != null ? timeframeOrNull : infer(t);
    if (rows.hasUnshiftedCloseTimes() && tf != null) {
      for (int i = 0; i < n; i++) {
        t[i] -= tf.millis(); // close time + 1 - timeframe = open time
      }
    }
    Collector found = new Collector();
    for (DataException e : rows.rejectedSamples()) {
      found.add(Check.UNPARSEABLE_ROW, null, e.line(), e.getMessage());
    }
    found.count(Check.UNPARSEABLE_ROW, rows.rejected() - rows.rejectedSamples().size());
    return analyse(
        file.toString(),
        rows.rowsRead(),
        new Bars(t, o, h, l, c, v, line, rows, order),
        tf,
        timeframeOrNull == null,
        found);
  }

  /**
   * Sorted columns; {@code line[i]} is 0 when unknown. A file's bars also keep their raw rows
   * ({@code rows.x(row[i])}) to compare duplicates; a series has none.
   */
  private record Bars(
      long[] t,
      double[] o,
      double[] h,
      double[] l,
      double[] c,
      double[] v,
      int[] line,
      RawRows rows,
      int[] row) {}

  private static ValidationReport analyse(
      String source, long rows, Bars b, Timeframe tf, boolean inferred, Collector found) {
    int n = b.t().length;
    long[] distinct = new long[n];
    double[] close = new double[n];
    int[] firstRow = new int[n];
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && b.t()[i] == b.t()[i - 1]) {
        duplicate(b, i, found);
      } else {
        distinct[d] = b.t()[i];
        close[d] = b.c()[i];
        firstRow[d++] = i;
      }
      BarCheck.Violation bad =
          BarCheck.check(b.t()[i], b.o()[i], b.h()[i], b.l()[i], b.c()[i], b.v()[i], null);
      if (bad != null) {
        Check check =
            switch (bad.kind()) {
              case NON_POSITIVE_PRICE -> Check.NON_POSITIVE_PRICE;
              case INVALID_VOLUME -> Check.INVALID_VOLUME;
              default -> Check.OHLC_VIOLATION;
            };
        found.add(check, b.t()[i], b.line()[i], describe(b, i, bad));
      }
      if (tf != null && !tf.isAligned(b.t()[i])) {
        found.add(
            Check.MISALIGNED_TIME,
            b.t()[i],
            b.line()[i],
            "not the start of a "
                + tf
                + " bar (that bar starts at "
                + TimeFormat.iso(tf.bucketStart(b.t()[i]))
                + ")");
      }
      if (b.v()[i] == 0) {
        found.add(Check.ZERO_VOLUME, b.t()[i], b.line()[i], "volume 0");
      }
    }
    final int distinctCount = d;
    SpikeDetector.scan(
        close,
        distinctCount,
        (bar, r, median, mad) ->
            found.add(
                Check.SPIKE,
                distinct[bar],
                b.line()[firstRow[bar]],
                String.format(
                    Locale.ROOT,
                    "log return %.4f from close %s to %s; window median %.6f, 10 x 1.4826 MAD = %.6f",
                    r,
                    close[bar - 1],
                    close[bar],
                    median,
                    SpikeDetector.K * mad)));
    Gaps gaps = tf == null ? Gaps.none() : Gaps.find(distinct, distinctCount, tf, LISTED);
    return new ValidationReport(
        source,
        rows,
        n == 0 ? null : b.t()[0],
        n == 0 ? null : b.t()[n - 1],
        tf,
        inferred && tf != null,
        gaps,
        found.findings());
  }

  /**
   * Row {@code i} repeats the time of row {@code i - 1} (only in a file: a series has strictly
   * ascending times): an exact copy of an earlier row, or a conflict with the group's first row.
   */
  private static void duplicate(Bars b, int i, Collector found) {
    int first = i - 1;
    while (first > 0 && b.t()[first - 1] == b.t()[i]) {
      first--;
    }
    for (int e = first; e < i; e++) {
      if (b.rows().sameValues(b.row()[e], b.row()[i])) {
        found.add(Check.EXACT_DUPLICATE, b.t()[i], b.line()[i], "same as line " + b.line()[e]);
        return;
      }
    }
    found.add(
        Check.CONFLICTING_DUPLICATE,
        b.t()[i],
        b.line()[i],
        "same open time as line "
            + b.line()[first]
            + " with different values (close "
            + b.c()[first]
            + " vs "
            + b.c()[i]
            + ", volume "
            + b.v()[first]
            + " vs "
            + b.v()[i]
            + ")");
  }

  private static String describe(Bars b, int i, BarCheck.Violation bad) {
    return String.format(
        Locale.ROOT,
        "%s: %s (open %s, high %s, low %s, close %s, volume %s)",
        bad.column(),
        bad.problem(),
        b.o()[i],
        b.h()[i],
        b.l()[i],
        b.c()[i],
        b.v()[i]);
  }

  /**
   * The timeframe of ascending {@code t}: the largest {@link Timeframe} dividing the most common
   * positive spacing with at least half the times aligned to it; {@code null} when none.
   */
  static Timeframe infer(long[] t) {
    long[] spacing = new long[Math.max(0, t.length - 1)];
    int k = 0;
    for (int i = 1; i < t.length; i++) {
      if (t[i] > t[i - 1]) {
        spacing[k++] = t[i] - t[i - 1];
      }
    }
    if (k == 0) {
      return null;
    }
    Arrays.sort(spacing, 0, k);
    long mode = spacing[0];
    int best = 0;
    for (int i = 0; i < k; ) {
      int j = i;
      while (j < k && spacing[j] == spacing[i]) {
        j++;
      }
      if (j - i > best) {
        best = j - i;
        mode = spacing[i];
      }
      i = j;
    }
    Timeframe[] all = Timeframe.values();
    for (int f = all.length - 1; f >= 0; f--) {
      Timeframe tf = all[f];
      if (mode % tf.millis() == 0 && alignedShare(t, tf) >= 0.5) {
        return tf;
      }
    }
    return null;
  }

  private static double alignedShare(long[] t, Timeframe tf) {
    int aligned = 0;
    for (long x : t) {
      aligned += tf.isAligned(x) ? 1 : 0;
    }
    return (double) aligned / t.length;
  }

  /** Counts findings per check and keeps the first {@link #LISTED} of each. */
  private static final class Collector {
    private final Map<Check, List<Occurrence>> first = new EnumMap<>(Check.class);
    private final Map<Check, Integer> counts = new EnumMap<>(Check.class);

    void add(Check check, Long time, long line, String detail) {
      List<Occurrence> list = first.computeIfAbsent(check, x -> new ArrayList<>());
      if (list.size() < LISTED) {
        list.add(new Occurrence(time, line, detail));
      }
      count(check, 1);
    }

    void count(Check check, int n) {
      counts.merge(check, n, Integer::sum);
    }

    List<Finding> findings() {
      List<Finding> out = new ArrayList<>();
      for (Check c : Check.values()) {
        out.add(
            new Finding(
                c, c.severity(), counts.getOrDefault(c, 0), first.getOrDefault(c, List.of())));
      }
      return out;
    }
  }
}
