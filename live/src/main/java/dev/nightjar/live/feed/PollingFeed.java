package dev.nightjar.live.feed;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;
import dev.nightjar.data.Timeframe;
import dev.nightjar.live.phemex.Sleeper;
import dev.nightjar.live.runner.Bar;
import dev.nightjar.live.runner.Feed;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Closed bars from the exchange's REST kline endpoint, polled: after each bar's close (plus {@link
 * #SETTLE_MS} for the exchange to publish it) it fetches the last {@link #WINDOW} candles and hands
 * on, in order, every bar newer than the last one handed on whose close time (open + timeframe) has
 * passed — an open candle never goes out, and bars missed while the connection was down are
 * back-filled from the window before anything newer. A failed poll is retried {@link #RETRIES}
 * times, waiting 1 s, 2 s, 4 s, …, before it fails the feed; so does a gap wider than the window
 * (restart: the warm-up then reloads the history).
 */
public final class PollingFeed implements Feed {
  /** Candles fetched per poll. */
  public static final int WINDOW = 100;

  /** Retries of a failed poll before the feed fails. */
  public static final int RETRIES = 3;

  /** Wait before the first retry of a failed poll; doubled before each further one (ms). */
  public static final long FIRST_BACKOFF_MS = 1_000;

  /** Wait after a bar's close before asking for it. */
  public static final long SETTLE_MS = 2_000;

  /** The exchange's last {@code limit} candles, ascending by open time. */
  @FunctionalInterface
  public interface Klines {
    BarSeries last(int limit);
  }

  private final Klines klines;
  private final Timeframe timeframe;
  private final long after;
  private final LongSupplier clock;
  private final Sleeper sleeper;

  /**
   * @param after open time of the last bar the runner already has ({@link Long#MIN_VALUE} for none)
   * @param clock epoch ms (the exchange's clock, ideally)
   */
  public PollingFeed(
      Klines klines, Timeframe timeframe, long after, LongSupplier clock, Sleeper sleeper) {
    this.klines = Checks.notNull(klines, "klines");
    this.timeframe = Checks.notNull(timeframe, "timeframe");
    this.after = after;
    this.clock = Checks.notNull(clock, "clock");
    this.sleeper = Checks.notNull(sleeper, "sleeper");
  }

  @Override
  public void run(Consumer<Bar> sink) throws InterruptedException {
    long tf = timeframe.millis();
    long last = after;
    while (true) {
      BarSeries window = poll();
      long now = clock.getAsLong();
      if (last != Long.MIN_VALUE && !window.isEmpty() && window.time(0) > last + tf) {
        throw new IllegalStateException(
            "the feed missed bars after "
                + last
                + ": the exchange's window starts at "
                + window.time(0)
                + "; restart to reload the history");
      }
      for (int i = 0; i < window.size(); i++) {
        long t = window.time(i);
        if (t > last && t + tf <= now) {
          sink.accept(
              new Bar(
                  t,
                  window.open(i),
                  window.high(i),
                  window.low(i),
                  window.close(i),
                  window.volume(i)));
          last = t;
        }
      }
      long nextClose = last == Long.MIN_VALUE ? now : last + 2 * tf;
      sleeper.sleep(Math.max(SETTLE_MS, nextClose + SETTLE_MS - now));
    }
  }

  /** The last {@link #WINDOW} candles; a failed poll is retried {@link #RETRIES} times. */
  private BarSeries poll() throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return klines.last(WINDOW);
      } catch (RuntimeException e) {
        if (attempt == RETRIES) {
          throw e;
        }
        sleeper.sleep(FIRST_BACKOFF_MS << attempt);
      }
    }
  }
}
