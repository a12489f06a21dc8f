package dev.nightjar.data;

import java.util.Arrays;

/**
 * Aggregates bars into a longer timeframe in one pass over primitive arrays. A source bar belongs
 * to the target bucket {@code to.bucketStart(openTime)} (UTC; weekly buckets start on Monday, see
 * {@link Timeframe}). Per bucket: open = first open, high = max high, low = min low, close = last
 * close, volume = sum of volumes, time = bucket start.
 *
 * <p>Buckets with missing source bars (gaps, or data that starts mid-bucket) are kept, aggregated
 * from the bars present. The last bucket is dropped when the source data does not reach its end,
 * that is when {@code lastTime + from.millis() < bucketStart + to.millis()}, since it is still
 * forming; {@link Resampled} says so. Resampling to the source timeframe is the identity for
 * aligned bars, and resampling in steps (1m to 5m to 1h) equals resampling directly for gap-free
 * data; with gaps, the stepwise result can lack the direct result's last bucket, because a dropped
 * intermediate bucket hides that the data went on.
 */
public final class Resampler {
  private Resampler() {}

  /**
   * Resamples {@code src} to {@code to}.
   *
   * @throws IllegalArgumentException when {@code to} is shorter than the source timeframe or not a
   *     whole multiple of it (naming both)
   */
  public static Resampled resample(BarSeries src, Timeframe to) {
    Checks.notNull(src, "src");
    Checks.notNull(to, "to");
    Timeframe from = src.timeframe();
    if (to.millis() < from.millis() || to.millis() % from.millis() != 0) {
      throw new IllegalArgumentException(
          "cannot resample "
              + from
              + " bars to "
              + to
              + ": the target timeframe must be a whole multiple of the source timeframe "
              + from);
    }
    int n = src.size();
    long[] srcTime = src.times();
    double[] srcOpen = src.opens();
    double[] srcHigh = src.highs();
    double[] srcLow = src.lows();
    double[] srcClose = src.closes();
    double[] srcVolume = src.volumes();

    int capacity = n == 0 ? 0 : capacity(src, to);
    long[] time = new long[capacity];
    double[] open = new double[capacity];
    double[] high = new double[capacity];
    double[] low = new double[capacity];
    double[] close = new double[capacity];
    double[] volume = new double[capacity];
    int k = -1;
    int lastBucketBars = 0;
    for (int i = 0; i < n; i++) {
      long bucket = to.bucketStart(srcTime[i]);
      if (k < 0 || bucket != time[k]) {
        k++;
        time[k] = bucket;
        open[k] = srcOpen[i];
        high[k] = srcHigh[i];
        low[k] = srcLow[i];
        volume[k] = srcVolume[i];
        lastBucketBars = 0;
      } else {
        high[k] = Math.max(high[k], srcHigh[i]);
        low[k] = Math.min(low[k], srcLow[i]);
        volume[k] += srcVolume[i];
      }
      close[k] = srcClose[i];
      lastBucketBars++;
    }
    int buckets = k + 1;
    boolean partial = n > 0 && srcTime[n - 1] + from.millis() < time[k] + to.millis();
    if (partial) {
      buckets--;
    }
    SeriesId id = new SeriesId(src.symbol(), to);
    BarSeries series =
        BarSeries.of(
            id,
            trim(time, buckets),
            trim(open, buckets),
            trim(high, buckets),
            trim(low, buckets),
            trim(close, buckets),
            trim(volume, buckets));
    return new Resampled(series, partial, partial ? lastBucketBars : 0);
  }

  /** The number of buckets the series spans: at least the number of non-empty ones. */
  private static int capacity(BarSeries src, Timeframe to) {
    long span = (to.bucketStart(src.lastTime()) - to.bucketStart(src.firstTime())) / to.millis();
    return (int) Math.min(src.size(), span + 1);
  }

  private static long[] trim(long[] a, int length) {
    return a.length == length ? a : Arrays.copyOf(a, length);
  }

  private static double[] trim(double[] a, int length) {
    return a.length == length ? a : Arrays.copyOf(a, length);
  }
}
