package dev.nightjar.optimizer.run;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.MetricsRun;
import dev.nightjar.backtest.engine.PriceColumns;
import dev.nightjar.backtest.engine.SparseTargets;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.ArrayPool;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.TargetScanner;
import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Evaluates tasks: for each combination of the task, the strategy's targets on the symbol's series
 * (indicators from the symbol's shared {@link FeatureCache}) and the engine's metrics, without
 * storing any equity curve. The combinations of strategies with a {@link
 * dev.nightjar.backtest.strategy.Strategy#scanner scanner} (crossings) advance together, one block
 * of {@value #BLOCK_BARS} bars at a time ({@link MetricsRun}): the block's indicator lines and
 * prices stay in cache while every combination of the task reads them, instead of each combination
 * streaming the whole series from memory (bit for bit the same metrics). A group advancing together
 * holds its combinations' lines, so it takes combinations only while their distinct lines fit the
 * symbol's feature-cache budget divided by the cores. A combination that throws becomes a failed
 * row with its message. Thread-safe; a symbol's feature cache and price columns are dropped once
 * all its tasks are done (its indicator lines go to a pool the next symbols compute theirs into),
 * so memory is bounded by the symbols in flight, not by the number of combinations.
 */
public final class Evaluator {
  /**
   * Bars per block: a task's indicator lines and price columns over one block (16 KB each) stay in
   * the 1 MB L2 cache of this machine.
   */
  public static final int BLOCK_BARS = 2048;

  private final List<BarSeries> series;
  private final List<StrategySetup> strategies;
  private final IntFunction<Combination> combinations;
  private final TaskLayout layout;

  /** Guards {@link #caches}, {@link #remaining} and {@link #users}. */
  private final Object lock = new Object();

  /** Each symbol's shared data while its tasks run (null before and after). */
  private final Shared[] caches;

  /** Each symbol's tasks still to be evaluated. */
  private final int[] remaining;

  /** The tasks evaluating with each symbol's current {@link #caches} entry right now. */
  private final int[] users;

  /**
   * The indicator lines of symbols whose tasks are all done, for the next symbols to compute theirs
   * into (bounded like one symbol's feature cache).
   */
  private final ArrayPool lines = new ArrayPool(FeatureCache.defaultMaxBytes());

  /**
   * Each thread's targets, reused across its tasks: a strategy replaces every entry, and the dense
   * scratch array of strategies without a sparse rule is a multi-megabyte array allocated once.
   */
  private final ThreadLocal<SparseTargets> targetBuffers =
      ThreadLocal.withInitial(SparseTargets::new);

  /**
   * @param series the sweep's series, by symbol index
   * @param strategies the sweep's strategies, by strategy index
   * @param combinations combination by id
   * @param layout the task layout
   * @param pending for each symbol, how many of its tasks will be evaluated (for cache release)
   */
  public Evaluator(
      List<BarSeries> series,
      List<StrategySetup> strategies,
      IntFunction<Combination> combinations,
      TaskLayout layout,
      int[] pending) {
    this.series = List.copyOf(series);
    this.strategies = List.copyOf(strategies);
    this.combinations = combinations;
    this.layout = layout;
    this.caches = new Shared[series.size()];
    this.remaining = pending.clone();
    this.users = new int[series.size()];
  }

  /** The rows of {@code task}, in combination order. */
  public List<ResultRow> evaluate(int task) {
    int symbol = layout.symbol(task);
    Shared shared = acquire(symbol);
    try {
      return evaluate(task, symbol, shared);
    } finally {
      release(symbol, shared);
    }
  }

  private List<ResultRow> evaluate(int task, int symbol, Shared shared) {
    int first = layout.from(task);
    ResultRow[] rows = new ResultRow[layout.to(task) - first];
    FeatureCache features = shared.features();
    Group together = new Group(features.maxBytes() / Runtime.getRuntime().availableProcessors());
    for (int id = first; id < layout.to(task); id++) {
      Combination c = combinations.apply(id);
      StrategySetup setup = strategies.get(c.strategy());
      try {
        Optional<TargetScanner> scanner = setup.strategy().scanner(features, c.params());
        if (scanner.isPresent()) {
          if (!together.fits(scanner.get())) {
            advanceTogether(symbol, shared, together.runs, rows);
            together.clear();
          }
          MetricsRun run = new MetricsRun(shared.columns(), setup.execution());
          together.add(new Stepped(id - first, c, setup.direction(), scanner.get(), run));
        } else {
          rows[id - first] = evaluate(symbol, shared, c, setup);
        }
      } catch (RuntimeException e) {
        rows[id - first] = failed(symbol, c, e);
      }
    }
    advanceTogether(symbol, shared, together.runs, rows);
    return Arrays.asList(rows);
  }

  private ResultRow evaluate(int symbol, Shared shared, Combination c, StrategySetup setup) {
    SparseTargets target = targetBuffers.get();
    setup.strategy().sparseTargets(shared.features(), c.params(), target);
    setup.direction().apply(target);
    double[] metrics = new double[Metric.count()];
    Engine.metrics(shared.columns(), target, setup.execution(), metrics);
    return new ResultRow(symbol, c.id(), metrics, null);
  }

  /**
   * Advances {@code runs} together block by block: every run appends its targets for the block,
   * then every run simulates it, so the block's indicator lines and prices are read from cache by
   * all of them, and the simulations find the block's prices still in the first-level cache after
   * the scans. A run that throws becomes a failed row and leaves the group.
   */
  private void advanceTogether(int symbol, Shared shared, List<Stepped> runs, ResultRow[] rows) {
    int n = shared.columns().size();
    for (int from = 0; from < n && !runs.isEmpty(); from += BLOCK_BARS) {
      int start = from;
      int to = Math.min(n, from + BLOCK_BARS);
      forEachOrFail(
          symbol,
          runs,
          rows,
          s -> {
            SparseTargets targets = s.run().targets();
            int known = targets.size();
            s.scanner().append(start, to, targets);
            s.direction().apply(targets, known);
          });
      forEachOrFail(symbol, runs, rows, s -> s.run().advance(to));
    }
    for (Stepped s : runs) {
      double[] metrics = new double[Metric.count()];
      s.run().finish(metrics);
      rows[s.index()] = new ResultRow(symbol, s.c().id(), metrics, null);
    }
  }

  /** Runs {@code step} on each of {@code runs}; one that throws becomes a failed row and leaves. */
  private static void forEachOrFail(
      int symbol, List<Stepped> runs, ResultRow[] rows, Consumer<Stepped> step) {
    for (Iterator<Stepped> it = runs.iterator(); it.hasNext(); ) {
      Stepped s = it.next();
      try {
        step.accept(s);
      } catch (RuntimeException e) {
        rows[s.index()] = failed(symbol, s.c(), e);
        it.remove();
      }
    }
  }

  private static ResultRow failed(int symbol, Combination c, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return ResultRow.failed(symbol, c.id(), message.replace('\n', ' '));
  }

  /** The symbol's shared data, created by its first task; counts this task as a user. */
  private Shared acquire(int symbol) {
    synchronized (lock) {
      if (caches[symbol] == null) {
        BarSeries s = series.get(symbol);
        caches[symbol] = new Shared(new FeatureCache(s, lines), PriceColumns.of(s));
      }
      users[symbol]++;
      return caches[symbol];
    }
  }

  /**
   * Ends a task's use of its symbol's shared data. After the symbol's last pending task, once no
   * task uses the data any more, it is dropped and its lines are recycled: a pending count that is
   * wrong can cost memory, never results.
   */
  private void release(int symbol, Shared shared) {
    boolean last;
    synchronized (lock) {
      users[symbol]--;
      remaining[symbol]--;
      last = remaining[symbol] <= 0 && users[symbol] == 0;
      if (last) {
        caches[symbol] = null;
      }
    }
    if (last) {
      shared.features().recycle();
    }
  }

  /** A combination advancing with others: its row index in the task, its rule and its run. */
  private record Stepped(
      int index, Combination c, Direction direction, TargetScanner scanner, MetricsRun run) {}

  /**
   * Combinations advancing together and the distinct lines their scanners hold (by identity): it
   * takes another combination while those lines stay within {@code budget} bytes, and always one.
   */
  private static final class Group {
    private final long budget;
    private final List<Stepped> runs = new ArrayList<>();
    private final Set<double[]> lines = Collections.newSetFromMap(new IdentityHashMap<>());
    private long bytes;

    Group(long budget) {
      this.budget = budget;
    }

    boolean fits(TargetScanner scanner) {
      long more = 0;
      for (double[] line : scanner.lines()) {
        more += lines.contains(line) ? 0 : 8L * line.length;
      }
      return runs.isEmpty() || bytes + more <= budget;
    }

    void add(Stepped s) {
      for (double[] line : s.scanner().lines()) {
        if (lines.add(line)) {
          bytes += 8L * line.length;
        }
      }
      runs.add(s);
    }

    void clear() {
      runs.clear();
      lines.clear();
      bytes = 0;
    }
  }

  /** What every combination on one symbol reads: its indicators and its price columns. */
  private record Shared(FeatureCache features, PriceColumns columns) {}
}
