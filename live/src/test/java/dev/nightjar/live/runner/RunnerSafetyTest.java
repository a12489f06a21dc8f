package dev.nightjar.live.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.ExitReason;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ConfigException;
import dev.nightjar.live.config.RiskLimits;
import dev.nightjar.live.paper.PaperExchange;
import dev.nightjar.live.state.OrderRecord;
import dev.nightjar.live.state.OrderStatus;
import dev.nightjar.live.state.RunnerState;
import dev.nightjar.live.state.StateStore;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerSafetyTest {
  @TempDir Path dir;

  private final BarSeries series = Replays.synthetic(3, 800);
  private final StrategyConfig config =
      Replays.config(
          series,
          "sma-cross",
          Direction.LONG_SHORT,
          Map.of("fast", 5.0, "slow", 20.0),
          EngineConfig.builder().leverage(3).maintenanceMarginRate(0.001).build());

  @Test
  void dailyLossTripsTheKillSwitchWhichFlattensAndStaysStopped() throws InterruptedException {
    RiskLimits tight = new RiskLimits(20, 1, 0.5, 0.01, 0.9, 100, true);
    StateStore store = new StateStore(dir, false);
    RunnerResult r =
        new Runner(config, tight, new PaperExchange(), store, true).run(new ReplayFeed(series, 0));
    assertEquals(Outcome.KILLED, r.outcome());
    assertTrue(r.message().startsWith("kill switch: daily loss"), r.message());
    assertTrue(r.bars() < series.size(), "stopped early");
    assertNull(r.position(), "flattened");
    RunnerState s = store.load().orElseThrow();
    assertNotNull(s.stopped());
    assertNull(s.position());
    Trade last = r.trades().get(r.trades().size() - 1);
    assertEquals(ExitReason.END_OF_DATA, last.reason(), "closed by the flatten at the close");
    assertEquals(s.lastBar(), last.exitTime());
    // The loss that tripped it: at least 1 % below the day's start (hand rule of KillSwitch).
    assertTrue((s.dayStartEquity() - s.equity()) / s.dayStartEquity() >= 0.01);

    RunnerResult again =
        new Runner(config, tight, new PaperExchange(), store, true).run(new ReplayFeed(series, 0));
    assertEquals(Outcome.KILLED, again.outcome());
    assertEquals(0, again.bars());
    assertTrue(again.message().contains("delete"), again.message());
  }

  /**
   * A restart after downtime decides the bars it missed but trades only on the newest: 300 missed
   * bars in which an uninterrupted session placed several orders give at most one order.
   */
  @Test
  void aRestartAfterDowntimeTradesOnlyOnTheNewestMissedBar() throws InterruptedException {
    RiskLimits loose = Replays.loose();
    StateStore straight = new StateStore(dir.resolve("straight"), false);
    new Runner(config, loose, new PaperExchange(), straight, true)
        .run(new ReplayFeed(series.view(0, 700), 0));
    long down = series.time(399);
    long missed =
        straight.load().orElseThrow().orders().stream().filter(o -> o.barTime() > down).count();
    assertTrue(missed > 2, "orders an uninterrupted session placed in the missed bars: " + missed);

    StateStore store = new StateStore(dir.resolve("restarted"), false);
    new Runner(config, loose, new PaperExchange(), store, true)
        .run(new ReplayFeed(series.view(0, 400), 0));
    RunnerResult r =
        new Runner(config, loose, new PaperExchange(), store, true)
            .run(new ReplayFeed(series.view(700, 700), 0), series.view(0, 700));
    assertEquals(Outcome.FEED_ENDED, r.outcome(), r.message());
    RunnerState s = store.load().orElseThrow();
    assertEquals(series.time(699), s.lastBar());
    List<OrderRecord> late = s.orders().stream().filter(o -> o.barTime() > down).toList();
    assertTrue(late.size() <= 1, "stale orders sent: " + late);
    late.forEach(o -> assertEquals(series.time(699), o.barTime(), "only the newest bar trades"));
  }

  @Test
  void aCrashBetweenTheKillOrderAndTheStopIsCompletedOnRestart() throws InterruptedException {
    RiskLimits tight = new RiskLimits(20, 1, 0.5, 0.01, 0.9, 100, true);
    StateStore store = new StateStore(dir, false);
    new Runner(config, tight, new PaperExchange(), store, true).run(new ReplayFeed(series, 0));
    RunnerState done = store.load().orElseThrow();
    OrderRecord kill = done.orders().get(done.orders().size() - 1);
    assertEquals(OrderRecord.killId(done.lastBar()), kill.clOrdId());
    // The crash window: the kill order is on disk (pending), the bar is not done, not stopped.
    List<OrderRecord> orders = new java.util.ArrayList<>(done.orders());
    orders.set(orders.size() - 1, kill.with(OrderStatus.PENDING));
    store.save(
        new RunnerState(
            done.schema(),
            done.config(),
            done.mode(),
            done.sessionStart(),
            done.lastBar() - 3_600_000L,
            done.position(),
            orders,
            done.dayStart(),
            done.dayStartEquity(),
            done.peakEquity(),
            done.equity(),
            0,
            null));
    RunnerResult r =
        new Runner(config, tight, new PaperExchange(), store, true).run(new ReplayFeed(series, 0));
    assertEquals(Outcome.KILLED, r.outcome(), r.message());
    assertTrue(r.message().startsWith("kill switch: daily loss"), r.message());
    assertNull(r.position(), "flattened");
    RunnerState s = store.load().orElseThrow();
    assertNotNull(s.stopped());
    assertEquals(done.orders(), s.orders(), "the kill order reused, settled as before");
  }

  @Test
  void aFailedFlattenIsReportedAndTheOrderAndPositionAreKept() throws InterruptedException {
    RiskLimits tight = new RiskLimits(20, 1, 0.5, 0.01, 0.9, 100, true);
    StateStore store = new StateStore(dir, false);
    Exchange cannotFlatten =
        new ForwardingExchange(new PaperExchange()) {
          @Override
          public Optional<Trade> flatten(Snapshot model, OrderRecord order) {
            throw new IllegalStateException("connection reset");
          }
        };
    RunnerResult r =
        new Runner(config, tight, cannotFlatten, store, true).run(new ReplayFeed(series, 0));
    assertEquals(Outcome.KILLED, r.outcome(), r.message());
    assertFalse(r.message().contains("position flattened"), r.message());
    assertTrue(r.message().contains("flatten failed: connection reset"), r.message());
    assertNotNull(r.position(), "the position is still open as far as anyone knows");
    RunnerState s = store.load().orElseThrow();
    assertNotNull(s.position());
    OrderRecord kill = s.orders().get(s.orders().size() - 1);
    assertEquals(OrderRecord.killId(s.lastBar()), kill.clOrdId());
    assertEquals(OrderStatus.PENDING, kill.status(), "not confirmed");
  }

  @Test
  void consecutiveExchangeErrorsTripTheKillSwitch() throws InterruptedException {
    AtomicInteger settles = new AtomicInteger();
    Exchange failing =
        new ForwardingExchange(new PaperExchange()) {
          @Override
          public BarReport settle(Snapshot model, int bar, long time, List<OrderRecord> pending) {
            if (settles.incrementAndGet() > 100) {
              throw new IllegalStateException("connection reset");
            }
            return super.settle(model, bar, time, pending);
          }
        };
    RunnerResult r =
        new Runner(
                config,
                new RiskLimits(20, 1, 0.5, 0.5, 0.9, 3, true),
                failing,
                new StateStore(dir, false),
                true)
            .run(new ReplayFeed(series, 0));
    assertEquals(Outcome.KILLED, r.outcome());
    assertTrue(r.message().startsWith("kill switch: 3 consecutive exchange errors"), r.message());
    assertEquals(103, r.bars(), "100 good bars, then three failures");
  }

  @Test
  void refusedOrdersCountAsErrorsAndTripTheKillSwitch() throws InterruptedException {
    // A read-only key: every order is refused, nothing is ever placed.
    Exchange refusing =
        new ForwardingExchange(new PaperExchange()) {
          @Override
          public OrderRecord submit(OrderRecord order, double units) {
            return order.with(OrderStatus.REJECTED);
          }

          @Override
          public boolean holds(int target) {
            return target == 0; // flat: nothing was ever placed
          }
        };
    RunnerResult r =
        new Runner(
                config,
                new RiskLimits(20, 1, 0.5, 0.5, 0.9, 3, false),
                refusing,
                new StateStore(dir, false),
                true)
            .run(new ReplayFeed(series, 0));
    assertEquals(Outcome.KILLED, r.outcome(), r.message());
    assertTrue(r.message().startsWith("kill switch: 3 consecutive exchange errors"), r.message());
    List<OrderRecord> orders = new StateStore(dir, false).load().orElseThrow().orders();
    assertEquals(3, orders.size(), "the order and two retries: " + orders);
    assertTrue(orders.stream().allMatch(o -> o.status() == OrderStatus.REJECTED), "" + orders);
  }

  @Test
  void aFeedFailureReachesTheRunnerEvenWhenTheQueueIsFull() {
    BarSeries many = Replays.synthetic(3, 1100);
    CountDownLatch release = new CountDownLatch(1);
    Exchange slow =
        new ForwardingExchange(new PaperExchange()) {
          @Override
          public BarReport settle(Snapshot model, int bar, long time, List<OrderRecord> pending) {
            try {
              release.await(); // the decision thread holds bar 1 while the feed fills the queue
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return super.settle(model, bar, time, pending);
          }
        };
    // Bar 1 is taken, bars 2..1025 fill the queue (1024), then the feed fails.
    Feed failing =
        sink -> {
          new ReplayFeed(many.view(0, 1025), 0).run(sink);
          Thread releaser =
              new Thread(
                  () -> {
                    try {
                      Thread.sleep(300); // let the failure meet the full queue
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    release.countDown();
                  });
          releaser.start();
          throw new IllegalStateException("klines: connection reset");
        };
    Runner runner =
        new Runner(
            Replays.config(
                many,
                "sma-cross",
                Direction.LONG_SHORT,
                Map.of("fast", 5.0, "slow", 20.0),
                config.execution()),
            Replays.loose(),
            slow,
            new StateStore(dir, false),
            true);
    // A hang guard, not a timing assertion: without the fix the failure is dropped and run() waits
    // for ever.
    IllegalStateException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> assertThrows(IllegalStateException.class, () -> runner.run(failing)));
    assertEquals("the feed failed: klines: connection reset", e.getMessage());
  }

  @Test
  void stopRequestCancelsOpenOrdersAndSavesTheLastBar() throws InterruptedException {
    CountDownLatch fed = new CountDownLatch(1);
    Feed stalls =
        sink -> {
          new ReplayFeed(series.view(0, 300), 0).run(sink);
          fed.countDown();
          Thread.sleep(Long.MAX_VALUE); // a live feed waiting for the next bar
        };
    AtomicInteger cancels = new AtomicInteger();
    Exchange exchange =
        new ForwardingExchange(new PaperExchange()) {
          @Override
          public int cancelOpenOrders() {
            cancels.incrementAndGet();
            return 0;
          }
        };
    StateStore store = new StateStore(dir, false);
    Runner runner = new Runner(config, Replays.loose(), exchange, store, true);
    Thread stopper =
        new Thread(
            () -> {
              try {
                fed.await();
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              runner.requestStop();
            });
    stopper.start();
    RunnerResult r = runner.run(stalls);
    stopper.join();
    assertEquals(Outcome.INTERRUPTED, r.outcome());
    assertEquals(1, cancels.get());
    RunnerState s = store.load().orElseThrow();
    assertEquals(series.time(r.bars() - 1), s.lastBar());
    assertFalse(
        s.orders().stream().anyMatch(o -> o.status() == OrderStatus.PENDING),
        "no order left pending");
  }

  @Test
  void everyOrderIsOnDiskBeforeItIsSentAndIdsAreUnique() throws InterruptedException {
    StateStore store = new StateStore(dir, false);
    Set<String> sent = new HashSet<>();
    Exchange checking =
        new ForwardingExchange(new PaperExchange()) {
          @Override
          public OrderRecord submit(OrderRecord order, double units) {
            List<OrderRecord> saved = store.load().orElseThrow().orders();
            assertTrue(saved.contains(order), "saved before sent: " + order);
            assertTrue(sent.add(order.clOrdId()), "duplicate id " + order.clOrdId());
            return order;
          }
        };
    RunnerResult r =
        new Runner(config, Replays.loose(), checking, store, true).run(new ReplayFeed(series, 0));
    assertEquals(Outcome.FEED_ENDED, r.outcome());
    assertTrue(sent.size() >= 5, "orders: " + sent.size());
    assertEquals(sent.size(), store.load().orElseThrow().orders().size());
  }

  @Test
  void anOrderSavedJustBeforeACrashIsNotSentAgain() throws InterruptedException {
    List<OrderRecord> reference = runAndLoad(dir.resolve("reference"), series).orders();
    Path crashed = dir.resolve("crashed");
    StateStore store = new StateStore(crashed, false);
    RunnerState s = runAndLoad(crashed, series.view(0, 400));
    // The crash window: the order of bar X is on disk, bar X itself is not marked done.
    OrderRecord last = s.orders().get(s.orders().size() - 1);
    List<OrderRecord> orders = new java.util.ArrayList<>(s.orders());
    orders.set(orders.size() - 1, last.with(OrderStatus.PENDING));
    store.save(
        new RunnerState(
            s.schema(),
            s.config(),
            s.mode(),
            s.sessionStart(),
            last.barTime() - 3_600_000L,
            s.position(),
            orders,
            s.dayStart(),
            s.dayStartEquity(),
            s.peakEquity(),
            s.equity(),
            0,
            null));
    List<String> submitted = new java.util.ArrayList<>();
    new Runner(
            config,
            Replays.loose(),
            new ForwardingExchange(new PaperExchange()) {
              @Override
              public OrderRecord submit(OrderRecord order, double units) {
                submitted.add(order.clOrdId());
                return order;
              }
            },
            store,
            true)
        .run(new ReplayFeed(series, 0));
    assertFalse(submitted.contains(last.clOrdId()), "re-sent " + last.clOrdId());
    assertEquals(reference, store.load().orElseThrow().orders());
  }

  private RunnerState runAndLoad(Path state, BarSeries bars) throws InterruptedException {
    Replays.replay(config, Replays.loose(), state, bars);
    return new StateStore(state, false).load().orElseThrow();
  }

  @Test
  void aStateOfAnotherConfigIsRefused() throws InterruptedException {
    StateStore store = new StateStore(dir, false);
    Replays.replay(config, Replays.loose(), dir, series.view(0, 100));
    StrategyConfig other =
        Replays.config(
            series,
            "sma-cross",
            Direction.LONG_SHORT,
            Map.of("fast", 6.0, "slow", 20.0),
            config.execution());
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                new Runner(other, Replays.loose(), new PaperExchange(), store, true)
                    .run(new ReplayFeed(series, 0)));
    assertTrue(e.getMessage().contains("use another --state-dir"), e.getMessage());
  }

  /** Delegates every call; tests override one. */
  private static class ForwardingExchange implements Exchange {
    private final Exchange inner;

    ForwardingExchange(Exchange inner) {
      this.inner = inner;
    }

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public List<OrderRecord> reconcile(List<OrderRecord> saved) {
      return inner.reconcile(saved);
    }

    @Override
    public OrderRecord submit(OrderRecord order, double units) {
      return inner.submit(order, units);
    }

    @Override
    public BarReport settle(Snapshot model, int bar, long time, List<OrderRecord> pending) {
      return inner.settle(model, bar, time, pending);
    }

    @Override
    public boolean holds(int target) {
      return inner.holds(target);
    }

    @Override
    public int cancelOpenOrders() {
      return inner.cancelOpenOrders();
    }

    @Override
    public Optional<Trade> flatten(Snapshot model, OrderRecord order) {
      return inner.flatten(model, order);
    }
  }
}
