package dev.nightjar.live.runner;

import static dev.nightjar.live.state.OrderStatus.PENDING;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Rejection;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ConfigException;
import dev.nightjar.live.config.RiskLimits;
import dev.nightjar.live.state.OrderRecord;
import dev.nightjar.live.state.OrderStatus;
import dev.nightjar.live.state.PositionRecord;
import dev.nightjar.live.state.RunnerState;
import dev.nightjar.live.state.StateStore;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live runner: one strategy config on one series, acting on closed bars.
 *
 * <p><b>Threads.</b> {@link #run} is the decision thread and owns every piece of trading state
 * (history, targets, orders, position, equity, the state file). The feed runs on its own thread and
 * only puts events on a bounded queue (a slow decision thread slows the feed down); {@link
 * #requestStop} may be called from any thread (a signal handler) and only enqueues a stop. No other
 * state is shared.
 *
 * <p><b>One bar.</b> On every closed bar the runner recomputes the strategy's targets over its
 * whole history and keeps the last one, runs the engine over the session ({@link Snapshot}), lets
 * the exchange report what executed in the bar, updates equity, the day's start equity and the
 * session peak, checks the {@link KillSwitch}, and — when the target's side changed — records an
 * order (state file written) before submitting it. Then the bar is marked done in the state file.
 *
 * <p><b>Restart.</b> With a state file, the session keeps its first bar; bars up to the last one
 * done are replayed into the history and the targets without acting, so no decision is taken twice.
 * A state that belongs to another config is refused; a state stopped by the kill switch is not
 * resumed.
 */
public final class Runner {
  private static final long DAY_MS = 86_400_000L;

  /** Retries of one decision's order that ended without a fill (see {@link #retryIfLost}). */
  static final int MAX_RETRIES = 3;

  private final RiskLimits limits;
  private final Exchange exchange;
  private final StateStore store;
  private final boolean cancelOnExit;
  private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>(1024);
  private final Strategy strategy;
  private final double[] params;
  private final Direction direction;
  private final EngineConfig engine;
  private final String key;

  // Owned by the decision thread.
  private final History history;
  private double[] targets = new double[1024];
  private int sessionBars;
  private int sessionFirst = -1;
  private long sessionStart = -1;
  private long lastBar = -1;

  /** A resumed session's catch-up: bars before this time closed while the runner was down. */
  private long catchUpBefore = Long.MIN_VALUE;

  private int held;
  private PositionRecord position;
  private final Orders orders = new Orders();
  private long dayStart = Long.MIN_VALUE;
  private double dayStartEquity;
  private double peakEquity;
  private double equity;
  private int consecutiveErrors;
  // Orders the exchange refused in a row (errors a good settle does not clear); counts anew after a
  // restart.
  private int refusedInARow;
  private final List<Trade> trades = new ArrayList<>();
  private int decided;
  private Snapshot lastModel;

  /**
   * @param config an already validated strategy config
   * @param cancelOnExit whether a stop request cancels the open orders
   */
  public Runner(
      StrategyConfig config,
      RiskLimits limits,
      Exchange exchange,
      StateStore store,
      boolean cancelOnExit) {
    this.limits = limits;
    this.exchange = exchange;
    this.store = store;
    this.cancelOnExit = cancelOnExit;
    this.strategy = Strategies.byName(config.strategy());
    this.params = config.values(strategy.parameters().names());
    this.direction = config.direction();
    this.engine = config.execution();
    this.key = config.strategy() + " " + config.params() + " @ " + config.series();
    this.history = new History(config.series());
    this.equity = engine.cash();
    this.peakEquity = equity;
    this.dayStartEquity = equity;
  }

  /** Asks the decision thread to stop after the bar in hand; safe from any thread. */
  public void requestStop() {
    while (!queue.offer(new Event.Stop())) {
      queue.poll(); // bars not taken yet are dropped: no decision after a stop request
    }
  }

  /**
   * Runs until the feed ends, a stop is requested or the kill switch trips.
   *
   * @throws ConfigException when the state file belongs to another config
   */
  public RunnerResult run(Feed feed) throws InterruptedException {
    return run(feed, null);
  }

  /**
   * Runs as {@link #run(Feed)} after loading {@code warmup}, the history before the feed's first
   * bar (e.g. the exchange's last closed candles): a new session starts after it, so its bars only
   * feed the indicators; a resumed session re-reads it like any bar (decided bars are not decided
   * again).
   *
   * @param warmup bars before the feed's, or {@code null}
   */
  public RunnerResult run(Feed feed, BarSeries warmup) throws InterruptedException {
    Optional<RunnerState> saved = store.load();
    if (saved.isPresent()) {
      RunnerState s = saved.get();
      if (!s.config().equals(key)) {
        throw new ConfigException(
            store.file(),
            "$.config",
            "this state belongs to '"
                + s.config()
                + "', not '"
                + key
                + "'; use another --state-dir");
      }
      if (s.stopped() != null) {
        return result(
            Outcome.KILLED,
            "the kill switch stopped this session earlier ("
                + s.stopped()
                + "); check the account, then delete "
                + store.file()
                + " to start a new session");
      }
      restore(s);
      if (warmup != null && !warmup.isEmpty()) {
        catchUpBefore = warmup.lastTime();
      }
      Audit.event("resume", "config", key, "lastBar", lastBar, "orders", orders.size());
      List<OrderRecord> reconciled = exchange.reconcile(orders.all());
      for (OrderRecord o : reconciled) {
        orders.update(o);
      }
      save();
    } else {
      Audit.event("start", "config", key, "exchange", exchange.name());
      if (warmup != null && !warmup.isEmpty()) {
        sessionStart = warmup.lastTime() + 1; // the session starts with the feed's first new bar
      }
    }
    if (warmup != null) {
      for (int i = 0; i < warmup.size(); i++) {
        Optional<String> kill =
            onBar(
                new Bar(
                    warmup.time(i),
                    warmup.open(i),
                    warmup.high(i),
                    warmup.low(i),
                    warmup.close(i),
                    warmup.volume(i)));
        if (kill.isPresent()) {
          return kill(kill.get());
        }
      }
    }
    Thread feeder = new Thread(() -> feed(feed), "nightjar-feed");
    feeder.setDaemon(true);
    feeder.start();
    try {
      while (true) {
        Event e = queue.take();
        if (e instanceof Event.BarClosed b) {
          Optional<String> kill = onBar(b.bar());
          if (kill.isPresent()) {
            return kill(kill.get());
          }
        } else if (e instanceof Event.FeedEnded) {
          save();
          Audit.event("stop", "reason", "feed ended", "lastBar", lastBar);
          return result(Outcome.FEED_ENDED, "the feed ended after " + decided + " bars");
        } else if (e instanceof Event.FeedFailed f) {
          throw new IllegalStateException("the feed failed: " + f.error().getMessage(), f.error());
        } else {
          return interrupted();
        }
      }
    } finally {
      feeder.interrupt();
      feeder.join(TimeUnit.SECONDS.toMillis(5));
    }
  }

  private void feed(Feed feed) {
    try {
      feed.run(bar -> put(new Event.BarClosed(bar)));
      put(new Event.FeedEnded());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      try {
        queue.put(new Event.FeedFailed(e)); // waits for room: a failure is never dropped
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void put(Event e) {
    try {
      queue.put(e);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("feed interrupted", ex);
    }
  }

  /** One closed bar; the kill switch's reason when it trips. */
  private Optional<String> onBar(Bar bar) {
    if (bar.time() <= history.lastTime()) {
      return Optional.empty(); // a feed may repeat a bar after a reconnect
    }
    history.append(bar);
    BarSeries all = history.series();
    if (sessionFirst < 0 && bar.time() >= sessionStart) {
      sessionFirst = all.size() - 1;
      sessionStart = bar.time();
    }
    if (sessionFirst < 0) {
      return Optional.empty(); // warm-up before a resumed session's first bar
    }
    double target = lastTarget(all);
    if (sessionBars == targets.length) {
      targets = Arrays.copyOf(targets, 2 * sessionBars);
    }
    targets[sessionBars++] = target;
    int side = Double.isNaN(target) ? held : (int) Math.signum(target);
    if (bar.time() <= lastBar) {
      held = side; // decided before the restart
      return Optional.empty();
    }
    decided++;
    Snapshot model =
        Snapshot.of(
            all.view(sessionFirst, all.size()), Arrays.copyOf(targets, sessionBars), engine);
    int index = sessionBars - 1;
    try {
      record(exchange.settle(model, index, bar.time(), orders.pending()));
      consecutiveErrors = refusedInARow;
    } catch (RuntimeException e) {
      consecutiveErrors++;
      Audit.event("error", "time", bar.time(), "call", "settle", "message", e.getMessage());
    }
    lastModel = model;
    position = model.open() == null ? null : positionOf(model.open());
    updateEquity(bar.time(), model.equity());
    Optional<String> kill =
        KillSwitch.check(limits, dayStartEquity, peakEquity, equity, consecutiveErrors);
    if (kill.isPresent()) {
      return kill;
    }
    if (bar.time() < catchUpBefore) {
      // Closed while the runner was down: too late to trade on. Only the newest closed bar acts,
      // so a restart never fires a burst of stale orders at old prices.
      Audit.event("skip", "time", bar.time(), "target", side, "reason", "missed while down");
      lastBar = bar.time();
      save();
      return Optional.empty();
    }
    if (side != held && orders.known(OrderRecord.idFor(bar.time(), side))) {
      held = side; // recorded just before a crash: reconciled, never sent twice
    } else if (side != held) {
      held = side;
      submit(new OrderRecord(OrderRecord.idFor(bar.time(), side), bar.time(), side, PENDING), bar);
    }
    retryIfLost(bar);
    lastBar = bar.time();
    save();
    return Optional.empty();
  }

  /**
   * Sends the latest order again under {@link OrderRecord#retryId} when it ended without a fill
   * (cancelled, rejected, or void: never reached the exchange) and the account is not on its side,
   * at most {@link #MAX_RETRIES} times per decision. The new order carries this bar's time.
   */
  private void retryIfLost(Bar bar) {
    Optional<OrderRecord> latest = orders.latest();
    if (latest.isEmpty()
        || latest.get().target() != held
        || latest.get().status() == PENDING
        || latest.get().status() == OrderStatus.FILLED) {
      return;
    }
    String id = latest.get().clOrdId();
    int dash = id.lastIndexOf("-R");
    String decision = dash < 0 ? id : id.substring(0, dash);
    int attempt = dash < 0 ? 1 : Integer.parseInt(id.substring(dash + 2)) + 1;
    if (attempt > MAX_RETRIES) {
      return;
    }
    boolean holds;
    try {
      holds = exchange.holds(held);
    } catch (RuntimeException e) {
      consecutiveErrors++;
      Audit.event("error", "call", "position", "message", e.getMessage());
      return;
    }
    if (!holds) {
      submit(
          new OrderRecord(OrderRecord.retryId(decision, attempt), bar.time(), held, PENDING), bar);
    }
  }

  /** Records {@code order} (state file written), then sends it. */
  private void submit(OrderRecord order, Bar bar) {
    orders.add(order);
    save(); // the order is on disk before it is sent
    Audit.event("order", "clOrdId", order.clOrdId(), "time", bar.time(), "target", order.target());
    try {
      OrderRecord sent = exchange.submit(order, order.target() == 0 ? 0 : units(bar.close()));
      orders.update(sent);
      // A refused order is an error too (e.g. a read-only key): the kill switch counts it.
      refusedInARow = sent.status() == OrderStatus.REJECTED ? refusedInARow + 1 : 0;
      consecutiveErrors = sent.status() == OrderStatus.REJECTED ? consecutiveErrors + 1 : 0;
    } catch (RuntimeException e) {
      consecutiveErrors++;
      Audit.event("error", "clOrdId", order.clOrdId(), "call", "submit", "message", e.getMessage());
    }
  }

  private double lastTarget(BarSeries all) {
    double[] t = strategy.targets(new FeatureCache(all), params, direction);
    return t[t.length - 1];
  }

  /**
   * The position an entry would take at {@code price}: the engine's sizing rule, units = budget /
   * (price · (1 + fee)) (see {@code Sizing}), with the budget from the current equity. Only a real
   * exchange uses it; the paper exchange sizes at the fill, as the engine does.
   */
  private double units(double price) {
    return engine.sizing().budget(equity, engine.leverage()) / (price * (1 + engine.fee()));
  }

  private void record(BarReport report) {
    for (Fill f : report.fills()) {
      Audit.event(
          "fill",
          "time",
          f.time(),
          "entry",
          f.entry(),
          "side",
          f.side(),
          "units",
          f.units(),
          "price",
          f.price(),
          "reason",
          f.reason());
    }
    for (Trade t : report.closed()) {
      trades.add(t);
      Audit.event("trade", "entryTime", t.entryTime(), "exitTime", t.exitTime(), "pnl", t.pnl());
    }
    for (Rejection r : report.rejections()) {
      Audit.event("rejection", "time", r.time(), "side", r.side(), "reason", r.reason());
    }
    for (OrderRecord o : report.orders()) {
      orders.update(o);
    }
  }

  private void updateEquity(long time, double value) {
    long day = Math.floorDiv(time, DAY_MS) * DAY_MS;
    if (day != dayStart) {
      dayStart = day;
      dayStartEquity = equity; // equity at the end of the previous day
    }
    equity = value;
    peakEquity = Math.max(peakEquity, equity);
  }

  private RunnerResult kill(String reason) {
    Audit.event("kill", "reason", reason, "equity", equity);
    int cancelled = cancelAll();
    String flattened = limits.flattenOnKill() ? ", position flattened" : ", position kept";
    if (limits.flattenOnKill() && lastModel != null) {
      long time = history.lastTime();
      String id = OrderRecord.killId(time);
      Optional<OrderRecord> known = orders.byId(id); // recorded before a crash: flatten again
      OrderRecord order = known.orElse(new OrderRecord(id, time, 0, OrderStatus.PENDING));
      if (known.isEmpty()) {
        orders.add(order);
        save(); // the order is on disk before it is sent
      }
      try {
        Optional<Trade> closing = exchange.flatten(lastModel, order);
        orders.update(order.with(OrderStatus.FILLED));
        closing.ifPresent(
            t -> {
              trades.add(t);
              Audit.event("flatten", "time", t.exitTime(), "price", t.exitPrice(), "pnl", t.pnl());
            });
        position = null;
      } catch (RuntimeException e) {
        // Not confirmed: the order stays pending (a restart settles it) and the position is kept.
        Audit.event("error", "call", "flatten", "message", e.getMessage());
        flattened = ", flatten failed: " + e.getMessage() + "; check the account";
      }
    }
    lastBar = history.lastTime();
    save(reason);
    return result(
        Outcome.KILLED,
        "kill switch: " + reason + "; cancelled " + cancelled + " open orders" + flattened);
  }

  private RunnerResult interrupted() {
    int cancelled = cancelOnExit ? cancelAll() : 0;
    save();
    Audit.event("stop", "reason", "interrupted", "lastBar", lastBar, "cancelled", cancelled);
    return result(
        Outcome.INTERRUPTED,
        "stopped on request after "
            + decided
            + " bars"
            + (cancelOnExit ? "; cancelled " + cancelled + " open orders" : ""));
  }

  private int cancelAll() {
    int n;
    try {
      n = exchange.cancelOpenOrders();
    } catch (RuntimeException e) {
      Audit.event("error", "call", "cancel-all", "message", e.getMessage());
      n = 0;
    }
    orders.cancelPending();
    return n;
  }

  private RunnerResult result(Outcome outcome, String message) {
    return new RunnerResult(trades, position, equity, decided, outcome, message);
  }

  private static PositionRecord positionOf(Trade open) {
    return new PositionRecord(open.side(), open.units(), open.entryPrice(), open.entryTime());
  }

  private void restore(RunnerState s) {
    sessionStart = s.sessionStart();
    lastBar = s.lastBar();
    position = s.position();
    for (OrderRecord o : s.orders()) {
      orders.add(o);
    }
    dayStart = s.dayStart();
    dayStartEquity = s.dayStartEquity();
    peakEquity = s.peakEquity();
    equity = s.equity();
    consecutiveErrors = s.consecutiveErrors();
  }

  private void save() {
    save(null);
  }

  private void save(String stopped) {
    if (sessionStart < 0) {
      return; // nothing decided yet
    }
    store.save(
        new RunnerState(
            RunnerState.SCHEMA,
            key,
            exchange.name(),
            sessionStart,
            lastBar,
            position,
            orders.all(),
            dayStart,
            dayStartEquity,
            peakEquity,
            equity,
            consecutiveErrors,
            stopped));
    Audit.event("state", "lastBar", lastBar, "equity", equity, "orders", orders.size());
  }
}
