package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.indicator.Sma;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FeatureCacheTest {
  private final Map<FutureTask<double[]>, Thread> threads = new ConcurrentHashMap<>();

  private static final BarSeries SERIES =
      SyntheticMarket.generate(new SynthSpec(2, List.of(Symbol.of("C")), 1_704_067_200_000L, 1000))
          .get(0);
  private static final long ARRAY = 8L * 1000;

  @Test
  void sharesUntilTheBudgetThenDropsTheLeastRecentlyUsed() {
    FeatureCache f = new FeatureCache(SERIES, 3 * ARRAY);
    AtomicInteger computed = new AtomicInteger();
    double[] close = f.close();
    double[] sma10 = f.get("sma:10", c -> count(computed, Sma.compute(c.close(), 10)));
    assertSame(sma10, f.get("sma:10", c -> count(computed, Sma.compute(c.close(), 10))));
    f.get("sma:20", c -> count(computed, Sma.compute(c.close(), 20)));
    assertEquals(3, f.cachedCount());
    assertEquals(3 * ARRAY, f.cachedBytes());
    // close was used by the SMAs' computations after sma:10 was stored, so sma:10 is the oldest.
    f.get("sma:30", c -> count(computed, Sma.compute(c.close(), 30)));
    assertEquals(3, f.cachedCount());
    assertTrue(f.cachedBytes() <= f.maxBytes());
    double[] again = f.get("sma:10", c -> count(computed, Sma.compute(c.close(), 10)));
    assertEquals(4, computed.get(), "sma:10 was recomputed after eviction");
    assertArrayEquals(sma10, again);
    assertArrayEquals(SERIES.closes(), close);
  }

  /**
   * Lines computed into pool arrays are computed once like any feature; recycling gives back those
   * still cached (not the one evicted earlier, which a combination may still read, nor features of
   * {@code get}) and empties the cache.
   */
  @Test
  void recyclingGivesBackTheCachedLinesOnly() {
    ArrayPool pool = new ArrayPool(100 * ARRAY);
    double[] stale = pool.take(1000);
    java.util.Arrays.fill(stale, 7);
    pool.give(List.of(stale));
    FeatureCache f = new FeatureCache(SERIES, 4 * ARRAY, pool);
    AtomicInteger computed = new AtomicInteger();
    double[] sma10 = f.line("sma:10", (c, out) -> intoCounted(computed, c.close(), 10, out));
    assertSame(stale, sma10, "the line was computed into the pool's array");
    assertArrayEquals(Sma.compute(SERIES.closes(), 10), sma10, "every element overwritten");
    assertSame(sma10, f.line("sma:10", (c, out) -> intoCounted(computed, c.close(), 10, out)));
    assertEquals(1, computed.get());
    double[] sma20 = f.line("sma:20", (c, out) -> intoCounted(computed, c.close(), 20, out));
    double[] sma30 = f.line("sma:30", (c, out) -> intoCounted(computed, c.close(), 30, out));
    double[] sma40 = f.get("sma:40", c -> Sma.compute(c.close(), 40));
    // Four arrays fit (close and three lines); sma:40 evicted sma:10, the least recently used.
    assertEquals(4, f.cachedCount());
    f.recycle();
    assertEquals(0, f.cachedCount());
    assertEquals(0, f.cachedBytes());
    assertEquals(2 * ARRAY, pool.heldBytes(), "sma:20 and sma:30 went back, not sma:10 or sma:40");
    List<double[]> back = List.of(pool.take(1000), pool.take(1000));
    assertTrue(back.stream().anyMatch(b -> b == sma20) && back.stream().anyMatch(b -> b == sma30));
    assertFalse(back.stream().anyMatch(b -> b == sma10 || b == sma40));
  }

  private static void intoCounted(AtomicInteger computed, double[] in, int period, double[] out) {
    computed.incrementAndGet();
    Sma.compute(in, period, out);
  }

  @Test
  void theNewestEntryStaysEvenWhenAloneOverBudget() {
    FeatureCache f = new FeatureCache(SERIES, ARRAY / 2);
    double[][] bands = f.group("pair", c -> new double[][] {c.close(), c.close()});
    assertSame(bands, f.group("pair", c -> new double[][] {}));
    assertEquals(1, f.cachedCount());
  }

  /**
   * Two threads want the same line at once: the second waits for the first's result (the same
   * array) instead of computing it again.
   */
  @Test
  void aThreadWaitsForTheLineAnotherIsComputing() throws Exception {
    FeatureCache f = new FeatureCache(SERIES);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    FutureTask<double[]> first =
        startComputing(f, "slow", computing, finish, c -> count(computed, c.close().clone()));
    assertTrue(computing.await(10, TimeUnit.SECONDS));
    FutureTask<double[]> second = startAndWaitUntilParked(() -> f.get("slow", c -> c.close()));
    finish.countDown();
    assertSame(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
    assertEquals(1, computed.get());
  }

  /** A computation that fails is not kept: its waiters get its exception, a later ask retries. */
  @Test
  void aFailedComputationReachesItsWaitersAndIsNotKept() throws Exception {
    FeatureCache f = new FeatureCache(SERIES);
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    FutureTask<double[]> first =
        startComputing(
            f,
            "bad",
            computing,
            finish,
            c -> {
              throw new IllegalArgumentException("period must be >= 1, got 0");
            });
    assertTrue(computing.await(10, TimeUnit.SECONDS));
    FutureTask<double[]> second = startAndWaitUntilParked(() -> f.get("bad", c -> c.close()));
    finish.countDown();
    assertAllFail(
        List.of(first, second), IllegalArgumentException.class, "period must be >= 1, got 0");
    assertArrayEquals(SERIES.closes(), f.get("bad", c -> c.close()));
  }

  /** A feature whose computation asks for itself fails at once instead of waiting for itself. */
  @Test
  void aFeatureThatNeedsItselfFails() {
    FeatureCache f = new FeatureCache(SERIES);
    IllegalStateException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                assertThrows(
                    IllegalStateException.class,
                    () -> f.get("loop", c -> c.get("loop", d -> d.close()))));
    assertEquals(
        "feature loop depends on itself (a cycle among the features being computed)",
        e.getMessage());
    assertEquals(0, f.cachedCount());
  }

  /**
   * Two threads whose features need each other's (x needs y, y needs x, each computed by one of
   * them): the second to ask fails, and so does the first, which waited for it, instead of both
   * waiting forever.
   */
  @Test
  void twoThreadsWhoseFeaturesNeedEachOtherFail() throws Exception {
    FeatureCache f = new FeatureCache(SERIES);
    CountDownLatch xStarted = new CountDownLatch(1);
    CountDownLatch yStarted = new CountDownLatch(1);
    CountDownLatch askForX = new CountDownLatch(1);
    FutureTask<double[]> x =
        startComputing(f, "x", xStarted, yStarted, c -> c.get("y", d -> d.close()));
    FutureTask<double[]> y =
        startComputing(f, "y", yStarted, askForX, c -> c.get("x", d -> d.close()));
    assertTrue(xStarted.await(10, TimeUnit.SECONDS));
    assertTrue(yStarted.await(10, TimeUnit.SECONDS));
    waitUntilParked(x);
    askForX.countDown();
    assertAllFail(
        List.of(x, y),
        IllegalStateException.class,
        "feature x depends on itself (a cycle among the features being computed)");
  }

  /**
   * Starts a thread that computes {@code key}: inside the computation it counts {@code started}
   * down, waits for {@code go}, then returns (or throws) what {@code rest} does.
   */
  private FutureTask<double[]> startComputing(
      FeatureCache f,
      String key,
      CountDownLatch started,
      CountDownLatch go,
      Function<FeatureCache, double[]> rest) {
    return start(
        () ->
            f.get(
                key,
                c -> {
                  started.countDown();
                  await(go);
                  return rest.apply(c);
                }));
  }

  /** Each of {@code tasks} fails with an exception of {@code type} saying {@code message}. */
  private static void assertAllFail(
      List<FutureTask<double[]>> tasks, Class<? extends Throwable> type, String message) {
    for (FutureTask<double[]> task : tasks) {
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> task.get(10, TimeUnit.SECONDS));
      assertInstanceOf(type, e.getCause());
      assertEquals(message, e.getCause().getMessage());
    }
  }

  private FutureTask<double[]> start(Callable<double[]> call) {
    FutureTask<double[]> task = new FutureTask<>(call);
    Thread thread = new Thread(task);
    thread.setDaemon(true);
    threads.put(task, thread);
    thread.start();
    return task;
  }

  private FutureTask<double[]> startAndWaitUntilParked(Callable<double[]> call)
      throws InterruptedException {
    FutureTask<double[]> task = start(call);
    waitUntilParked(task);
    return task;
  }

  /**
   * Returns once the thread of {@code task} is parked (waiting for another thread's feature; it has
   * no other wait) without having finished.
   */
  private void waitUntilParked(FutureTask<double[]> task) throws InterruptedException {
    Thread thread = threads.get(task);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.WAITING && !task.isDone()) {
      assertTrue(System.nanoTime() < deadline, "the thread never waited");
      Thread.sleep(1);
    }
    assertFalse(task.isDone(), "the thread computed instead of waiting for the other");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double[] count(AtomicInteger counter, double[] value) {
    counter.incrementAndGet();
    return value;
  }
}
