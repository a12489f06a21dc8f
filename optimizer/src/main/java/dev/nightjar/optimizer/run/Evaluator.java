package dev.nightjar.optimizer.run;

import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.PriceColumns;
import dev.nightjar.backtest.engine.SparseTargets;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Evaluates tasks: for each combination of the task, the strategy's targets on the symbol's series
 * (indicators from the symbol's shared {@link FeatureCache}) and the engine's metrics, without
 * storing any equity curve. A combination that throws becomes a failed row with its message.
 * Thread-safe; a symbol's feature cache and price columns are dropped once all its tasks are done,
 * so memory is bounded by the symbols in flight, not by the number of combinations.
 */
public final class Evaluator {
  private final List<BarSeries> series;
  private final List<StrategySetup> strategies;
  private final IntFunction<Combination> combinations;
  private final TaskLayout layout;
  private final AtomicReferenceArray<Shared> caches;
  private final AtomicInteger[] remaining;

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
    this.caches = new AtomicReferenceArray<>(series.size());
    this.remaining = new AtomicInteger[series.size()];
    for (int s = 0; s < remaining.length; s++) {
      remaining[s] = new AtomicInteger(pending[s]);
    }
  }

  /** The rows of {@code task}, in combination order. */
  public List<ResultRow> evaluate(int task) {
    int symbol = layout.symbol(task);
    Shared shared = cache(symbol);
    SparseTargets target = targetBuffers.get();
    List<ResultRow> rows = new ArrayList<>(layout.to(task) - layout.from(task));
    for (int id = layout.from(task); id < layout.to(task); id++) {
      rows.add(evaluate(symbol, shared, combinations.apply(id), target));
    }
    if (remaining[symbol].decrementAndGet() == 0) {
      caches.set(symbol, null);
    }
    return rows;
  }

  private ResultRow evaluate(int symbol, Shared shared, Combination c, SparseTargets target) {
    try {
      StrategySetup setup = strategies.get(c.strategy());
      setup.strategy().sparseTargets(shared.features(), c.params(), target);
      setup.direction().apply(target);
      double[] metrics = new double[Metric.count()];
      Engine.metrics(shared.columns(), target, setup.execution(), metrics);
      return new ResultRow(symbol, c.id(), metrics, null);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ResultRow.failed(symbol, c.id(), message.replace('\n', ' '));
    }
  }

  private Shared cache(int symbol) {
    Shared cache = caches.get(symbol);
    if (cache == null) {
      BarSeries s = series.get(symbol);
      caches.compareAndSet(symbol, null, new Shared(new FeatureCache(s), PriceColumns.of(s)));
      cache = caches.get(symbol);
    }
    return cache;
  }

  /** What every combination on one symbol reads: its indicators and its price columns. */
  private record Shared(FeatureCache features, PriceColumns columns) {}
}
