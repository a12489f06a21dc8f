package dev.nightjar.live.download;

import dev.nightjar.data.BarBuffer;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.io.BarCheck;
import dev.nightjar.data.validate.Validator;
import dev.nightjar.live.phemex.ErrorKind;
import dev.nightjar.live.phemex.PhemexClient;
import dev.nightjar.live.phemex.PhemexException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the cache with Phemex USDT-M perpetual candles ({@code nightjar data fetch}).
 *
 * <ol>
 *   <li>The exchange's clock ({@code /public/time}) decides which bars are closed: a bar opening at
 *       t is closed when {@code t + tf <= serverNow}; the still-forming bar is never fetched. An
 *       end after the exchange's clock is an error.
 *   <li>The symbol must be one of the exchange's USDT-M perpetuals ({@code /public/products}).
 *   <li>{@link FetchPlan} picks the pages the cache lacks (before and after the cached range) that
 *       no part file holds yet; each is one {@code kline/list} request of at most {@link
 *       PhemexClient#KLINE_RANGE_MAX_BARS} bars, paced by the client's rate limiter (weight 10 in
 *       the Others group: at the documented 100 per minute, 10 pages a minute).
 *   <li>Each page is checked with the foundation's bar rules ({@link BarCheck}: positive prices,
 *       consistent OHLC, aligned open time; a bad page is an error naming it) and appended to the
 *       {@link PartFile} next to the cache file, forced to disk, before the next request.
 *   <li>After the last page, cached bars and fetched pages are merged (cached bars win where both
 *       exist), checked with {@link Validator} (gaps are reported, never filled), and stored in one
 *       atomic {@link Cache#store}; then the part file is removed.
 * </ol>
 *
 * <p>So an interruption at any point (cancel, error, crash, SIGKILL) leaves the cache as it was and
 * at most one torn page in the part file; the next run with the same source resumes from the pages
 * held and ends with the same cache file as an uninterrupted run.
 */
public final class KlineDownload {
  private static final Logger LOG = LoggerFactory.getLogger(KlineDownload.class);
  private static final int SYMBOLS_LISTED = 8;

  private final PhemexClient client;
  private final Cache cache;

  public KlineDownload(PhemexClient client, Cache cache) {
    if (client == null || cache == null) {
      throw new IllegalArgumentException("client and cache must not be null");
    }
    this.client = client;
    this.cache = cache;
  }

  /** The part file of {@code id}: {@code cache/<tf>/<SYMBOL>.bars.part}. */
  public Path partFile(SeriesId id) {
    Path bars = cache.pathFor(id);
    return bars.resolveSibling(bars.getFileName() + ".part");
  }

  /**
   * Fetches what the cache lacks of {@code request} and commits it.
   *
   * @param progress pages done of pages planned (resumed pages not counted)
   * @param cancelled polled before each page; when it turns true the fetch stops, keeping the part
   *     file, and returns an incomplete result
   * @throws IllegalArgumentException for a timeframe Phemex does not serve
   * @throws DataException for an end in the future, a range without closed bars, an unknown symbol,
   *     a malformed or invalid page, or no bars at all
   * @throws PhemexException when the exchange stays unreachable after the client's retries
   */
  public FetchResult fetch(
      FetchRequest request, ProgressListener progress, BooleanSupplier cancelled) {
    SeriesId id = request.into();
    Timeframe tf = id.timeframe();
    String symbol = request.exchangeSymbol();
    String what = "Phemex " + symbol + " " + tf;
    if (!PhemexClient.hasKlines(tf)) {
      throw new IllegalArgumentException(
          "Phemex serves no " + tf + " klines: use 1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w");
    }
    long now = client.serverTime();
    long closedEnd = tf.bucketStart(now);
    if (request.toMillis() != FetchRequest.LATEST && request.toMillis() > now) {
      throw new DataException(
          "the end "
              + TimeFormat.iso(request.toMillis())
              + " is after the exchange's clock ("
              + TimeFormat.iso(now)
              + "): leave it out to fetch up to the last closed bar");
    }
    long from =
        tf.isAligned(request.fromMillis())
            ? request.fromMillis()
            : tf.bucketStart(request.fromMillis()) + tf.millis();
    long end =
        request.toMillis() == FetchRequest.LATEST
            ? closedEnd
            : Math.min(closedEnd, tf.bucketStart(request.toMillis()));
    if (from >= end) {
      throw new DataException(
          "no closed "
              + tf
              + " bar opens in ["
              + TimeFormat.iso(request.fromMillis())
              + ", "
              + (request.toMillis() == FetchRequest.LATEST
                  ? "now"
                  : TimeFormat.iso(request.toMillis()))
              + "): the last closed bar opened at "
              + TimeFormat.iso(closedEnd - tf.millis()));
    }
    requireListed(symbol);
    BarSeries cached = cache.contains(id) ? cache.load(id) : null;
    if (cached != null && cached.isEmpty()) {
      cached = null;
    }
    TimeRange cachedRange =
        cached == null ? null : new TimeRange(cached.firstTime(), cached.lastTime() + tf.millis());
    String source = "phemex " + client.baseUrl() + " " + symbol;
    try (PartFile part = PartFile.open(partFile(id), id, source)) {
      if (part.discardedOther()) {
        LOG.warn("{}: discarded a part file of another source", partFile(id));
      }
      int resumed = part.pages().size();
      List<TimeRange> held = part.pages().stream().map(PartFile.Page::range).toList();
      List<TimeRange> pages =
          FetchPlan.pages(
              tf, new TimeRange(from, end), cachedRange, held, PhemexClient.KLINE_RANGE_MAX_BARS);
      progress.progress(0, pages.size());
      for (int i = 0; i < pages.size(); i++) {
        if (cancelled.getAsBoolean()) {
          LOG.info("{}: cancelled after {} of {} pages", what, i, pages.size());
          return incomplete(id, i, resumed, cached);
        }
        TimeRange page = pages.get(i);
        BarSeries bars = page(what, symbol, tf, page, resumed + i);
        part.append(page, bars.withId(id));
        LOG.debug("{}: page {} {} holds {} bars", what, i + 1, page, bars.size());
        progress.progress(i + 1, pages.size());
      }
      BarSeries merged = merge(id, cached, part.pages());
      if (merged.isEmpty()) {
        part.delete();
        throw new DataException(what + " has no bars in " + new TimeRange(from, end));
      }
      long newBars = merged.size() - (cached == null ? 0 : cached.size());
      if (newBars > 0) {
        cache.store(merged);
        LOG.info("{}: stored {} new bars as {}", what, newBars, id);
      }
      part.delete();
      return new FetchResult(
          id,
          pages.size(),
          resumed,
          newBars,
          merged.size(),
          merged.firstTime(),
          merged.lastTime(),
          Validator.validate(merged),
          true);
    }
  }

  private void requireListed(String symbol) {
    Set<String> known = client.products().keySet();
    if (!known.contains(symbol)) {
      String some = known.stream().limit(SYMBOLS_LISTED).collect(Collectors.joining(", "));
      throw new DataException(
          "Phemex has no USDT-M perpetual '"
              + symbol
              + "'"
              + (symbol.equals(symbol.toUpperCase(Locale.ROOT)) ? "" : " (symbols are upper case)")
              + "; known: "
              + some
              + (known.size() > SYMBOLS_LISTED ? ", ..." : ""));
    }
  }

  /** One page, checked bar by bar. */
  private BarSeries page(String what, String symbol, Timeframe tf, TimeRange page, int before) {
    BarSeries bars;
    try {
      bars = client.klines(symbol, tf, page.from(), page.to());
    } catch (PhemexException e) {
      if (e.kind() != ErrorKind.MALFORMED_RESPONSE) {
        throw e;
      }
      throw new DataException(
          what + " page " + page + " is malformed (" + e.getMessage() + ")" + kept(before));
    }
    for (int i = 0; i < bars.size(); i++) {
      BarCheck.Violation bad =
          BarCheck.check(
              bars.time(i),
              bars.open(i),
              bars.high(i),
              bars.low(i),
              bars.close(i),
              bars.volume(i),
              tf);
      if (bad != null) {
        throw new DataException(
            String.format(
                Locale.ROOT,
                "%s page %s: bar %s: column '%s': %s (open %s, high %s, low %s, close %s, volume"
                    + " %s)%s",
                what,
                page,
                TimeFormat.iso(bars.time(i)),
                bad.column(),
                bad.problem(),
                bars.open(i),
                bars.high(i),
                bars.low(i),
                bars.close(i),
                bars.volume(i),
                kept(before)));
      }
    }
    return bars;
  }

  private static String kept(int pages) {
    return pages == 0
        ? "; the cache is unchanged"
        : "; the cache is unchanged and the "
            + pages
            + (pages == 1 ? " page" : " pages")
            + " before it are kept for the next run";
  }

  private static FetchResult incomplete(SeriesId id, int requested, int resumed, BarSeries cached) {
    return new FetchResult(
        id,
        requested,
        resumed,
        0,
        cached == null ? 0 : cached.size(),
        cached == null ? 0 : cached.firstTime(),
        cached == null ? 0 : cached.lastTime(),
        null,
        false);
  }

  /** Cached bars plus the pages' bars (disjoint, aligned), ascending; cached bars win on a tie. */
  static BarSeries merge(SeriesId id, BarSeries cached, List<PartFile.Page> pages) {
    List<PartFile.Page> sorted = new ArrayList<>(pages);
    sorted.sort(Comparator.comparingLong(p -> p.range().from()));
    int fetched = sorted.stream().mapToInt(p -> p.bars().size()).sum();
    int c = cached == null ? 0 : cached.size();
    BarBuffer merged = new BarBuffer(c + fetched);
    int ci = 0;
    for (PartFile.Page page : sorted) {
      BarSeries b = page.bars();
      for (int i = 0; i < b.size(); i++) {
        long time = b.time(i);
        while (ci < c && cached.time(ci) <= time) {
          merged.add(cached, ci++);
        }
        if (merged.size() == 0 || merged.time(merged.size() - 1) < time) {
          merged.add(b, i);
        }
      }
    }
    while (ci < c) {
      merged.add(cached, ci++);
    }
    return merged.toSeries(id);
  }
}
