package dev.nightjar.live.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.DataException;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.live.phemex.ErrorKind;
import dev.nightjar.live.phemex.PhemexException;
import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches against the in-process fake Phemex serving {@link Served#bars}. */
class KlineDownloadTest {
  private static final long H = 3_600_000L;

  /** 2023-11-14T22:00Z: 5,000 served hourly bars end long before today. */
  private static final long T0 = 1_700_000_000_000L / H * H;

  private static final int SERVED = 5_000;

  @TempDir Path home;
  private FakePhemex fake;
  private Cache cache;
  private KlineDownload download;
  private BarSeries served;

  @BeforeEach
  void start() throws Exception {
    fake = Served.fake();
    served = Served.bars(Served.BTC_1H, T0, SERVED);
    fake.klineHistory(served);
    cache = new Cache(home);
    download = new KlineDownload(Served.client(fake), cache);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private FetchResult fetch(long from, long to) {
    return download.fetch(
        new FetchRequest("BTCUSDT", Served.BTC_1H, from, to), ProgressListener.NONE, () -> false);
  }

  private long at(int bar) {
    return T0 + bar * H;
  }

  @Test
  void aFullFetchStoresExactlyTheServedBars() {
    FetchResult r = fetch(at(0), at(SERVED));
    assertTrue(r.complete());
    // 5,000 bars in pages of 999: 5 full pages and one of 5.
    assertEquals(6, r.pagesRequested());
    assertEquals(6, fake.calls(FakePhemex.KLINE_LIST));
    assertEquals(SERVED, r.newBars());
    Served.assertSameBars(served, cache.load(Served.BTC_1H));
    assertEquals(0, r.report().gaps().count());
    assertFalse(Files.exists(download.partFile(Served.BTC_1H)), "part file removed");
  }

  @Test
  void unalignedBoundsAreRoundedInward() {
    fetch(at(10) - 1, at(20) + 1);
    Served.assertSameBars(served.view(10, 20), cache.load(Served.BTC_1H));
  }

  @Test
  void anIncrementalFetchRequestsOnlyTheMissingRanges() {
    fetch(at(1000), at(2000));
    int before = fake.klineRanges().size();
    FetchResult r = fetch(at(500), at(2600));
    List<long[]> asked = fake.klineRanges().subList(before, fake.klineRanges().size());
    // [500, 1000) is one page; [2000, 2600) another.
    assertEquals(2, asked.size());
    assertArrayEquals(new long[] {at(500), at(1000)}, asked.get(0));
    assertArrayEquals(new long[] {at(2000), at(2600)}, asked.get(1));
    assertEquals(1100, r.newBars());
    Served.assertSameBars(served.view(500, 2600), cache.load(Served.BTC_1H));
    // Up to date: no request at all.
    int again = fake.calls(FakePhemex.KLINE_LIST);
    FetchResult same = fetch(at(600), at(2500));
    assertEquals(0, same.newBars());
    assertEquals(again, fake.calls(FakePhemex.KLINE_LIST));
  }

  @Test
  void exchangeGapsAreReportedNotFilled() {
    // The exchange lacks bars 100..102 (3 bars): served without them.
    BarSeries holed = withoutBars(served.view(0, 300), 100, 103);
    fake.klineHistory(holed);
    FetchResult r = fetch(at(0), at(300));
    assertEquals(297, r.bars());
    assertEquals(1, r.report().gaps().count());
    assertEquals(3, r.report().gaps().missingBars());
    Served.assertSameBars(holed, cache.load(Served.BTC_1H));
  }

  private static BarSeries withoutBars(BarSeries s, int from, int to) {
    int n = s.size() - (to - from);
    long[] t = new long[n];
    double[][] cols = new double[5][n];
    int k = 0;
    for (int i = 0; i < s.size(); i++) {
      if (i < from || i >= to) {
        t[k] = s.time(i);
        cols[0][k] = s.open(i);
        cols[1][k] = s.high(i);
        cols[2][k] = s.low(i);
        cols[3][k] = s.close(i);
        cols[4][k++] = s.volume(i);
      }
    }
    return BarSeries.of(s.id(), t, cols[0], cols[1], cols[2], cols[3], cols[4]);
  }

  @Test
  void aCancelledFetchResumesWhereItStoppedAndEndsIdentical() {
    AtomicInteger pagesDone = new AtomicInteger();
    FetchResult first =
        download.fetch(
            new FetchRequest("BTCUSDT", Served.BTC_1H, at(0), at(SERVED)),
            (done, total) -> pagesDone.set((int) done),
            () -> pagesDone.get() >= 2);
    assertFalse(first.complete());
    assertFalse(cache.contains(Served.BTC_1H), "nothing committed before the end");
    assertTrue(Files.exists(download.partFile(Served.BTC_1H)));
    int before = fake.klineRanges().size();

    FetchResult second = fetch(at(0), at(SERVED));
    assertTrue(second.complete());
    assertEquals(2, second.pagesResumed());
    assertEquals(4, second.pagesRequested());
    assertEquals(at(2 * 999), fake.klineRanges().get(before)[0], "resumes after page 2");
    Served.assertSameBars(served, cache.load(Served.BTC_1H));
    assertFalse(Files.exists(download.partFile(Served.BTC_1H)));
  }

  @Test
  void anExchangeFailureMidFetchKeepsThePagesAndTheRerunCompletes() {
    // After page 2, the exchange answers 500 to every attempt (3) of page 3.
    ProgressListener breakAfterTwo =
        (done, total) -> {
          if (done == 2) {
            fake.inject(FakePhemex.KLINE_LIST, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
          }
        };
    PhemexException e =
        assertThrows(
            PhemexException.class,
            () ->
                download.fetch(
                    new FetchRequest("BTCUSDT", Served.BTC_1H, at(0), at(SERVED)),
                    breakAfterTwo,
                    () -> false));
    assertEquals(ErrorKind.SERVER_ERROR, e.kind());
    assertFalse(cache.contains(Served.BTC_1H));
    FetchResult rerun = fetch(at(0), at(SERVED));
    assertEquals(2, rerun.pagesResumed());
    Served.assertSameBars(served, cache.load(Served.BTC_1H));
  }

  @Test
  void anInvalidPageIsAnErrorNamingItAndTheCacheIsUntouched() throws Exception {
    fetch(at(0), at(100));
    byte[] cachedBytes = Files.readAllBytes(cache.pathFor(Served.BTC_1H));
    // Bar 1500 has its high below its low.
    double[] h = served.highs();
    h[1500] = served.low(1500) - 1;
    fake.klineHistory(
        BarSeries.of(
            served.id(),
            served.times(),
            served.opens(),
            h,
            served.lows(),
            served.closes(),
            served.volumes()));
    DataException e = assertThrows(DataException.class, () -> fetch(at(0), at(3000)));
    assertTrue(e.getMessage().contains("column 'high'"), e.getMessage());
    // at(1500) = 2023-11-14T22:00Z + 62.5 days = 2024-01-16T10:00Z (16 + 31 + 15 days, 12 h).
    assertTrue(e.getMessage().contains("bar 2024-01-16T10:00"), e.getMessage());
    assertArrayEquals(cachedBytes, Files.readAllBytes(cache.pathFor(Served.BTC_1H)));
  }

  @Test
  void aMalformedAnswerIsAnErrorAndTheCacheIsUntouched() {
    for (int i = 0; i < 3; i++) {
      fake.inject(FakePhemex.KLINE_LIST, Fault.MALFORMED_JSON_AFTER_PROCESSING);
    }
    DataException e = assertThrows(DataException.class, () -> fetch(at(0), at(100)));
    assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    assertFalse(cache.contains(Served.BTC_1H));
  }

  @Test
  void onlyClosedBarsAreFetched() {
    // Served up to three hours ahead of now: the fake includes the forming bar.
    long now = System.currentTimeMillis();
    long start = (now / H - 50) * H;
    fake.klineHistory(Served.bars(Served.BTC_1H, start, 53));
    FetchResult r = fetch(start, FetchRequest.LATEST);
    long after = System.currentTimeMillis();
    assertTrue(r.lastTime() + H <= after, "the last stored bar had closed");
    assertTrue(r.lastTime() >= now / H * H - H, "and it is the last closed one");
  }

  @Test
  void anEndInTheFutureIsAnError() {
    long future = System.currentTimeMillis() + 10 * H;
    DataException e = assertThrows(DataException.class, () -> fetch(at(0), future));
    assertTrue(e.getMessage().contains("after the exchange's clock"), e.getMessage());
    assertEquals(0, fake.calls(FakePhemex.KLINE_LIST));
  }

  @Test
  void aRangeWithoutAClosedBarIsAnError() {
    DataException e = assertThrows(DataException.class, () -> fetch(at(5) + 1, at(6) - 1));
    assertTrue(e.getMessage().startsWith("no closed 1h bar opens in"), e.getMessage());
  }

  @Test
  void aRangeTheExchangeHasNoBarsForIsAnError() {
    DataException e = assertThrows(DataException.class, () -> fetch(at(-2000), at(-1000)));
    assertTrue(e.getMessage().contains("has no bars in"), e.getMessage());
    assertFalse(cache.contains(Served.BTC_1H));
  }

  @Test
  void anUnknownSymbolIsAnErrorBeforeAnyKlineRequest() {
    SeriesId id = new SeriesId(Symbol.of("NOPEUSDT"), Served.BTC_1H.timeframe());
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                download.fetch(
                    new FetchRequest("NOPEUSDT", id, at(0), at(10)),
                    ProgressListener.NONE,
                    () -> false));
    assertTrue(e.getMessage().contains("no USDT-M perpetual 'NOPEUSDT'"), e.getMessage());
    assertTrue(e.getMessage().contains("BTCUSDT"), e.getMessage());
    assertEquals(0, fake.calls(FakePhemex.KLINE_LIST));
  }

  @Test
  void aPartFileOfAnotherSourceIsNotMixedIn() throws Exception {
    Path part = download.partFile(Served.BTC_1H);
    Files.createDirectories(part.getParent());
    try (PartFile other = PartFile.open(part, Served.BTC_1H, "phemex https://elsewhere BTCUSDT")) {
      other.append(new TimeRange(at(0), at(10)), Served.bars(Served.BTC_1H, at(0), 10));
    }
    FetchResult r = fetch(at(0), at(50));
    assertEquals(0, r.pagesResumed());
    Served.assertSameBars(served.view(0, 50), cache.load(Served.BTC_1H));
  }
}
