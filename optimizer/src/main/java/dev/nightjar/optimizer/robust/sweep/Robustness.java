package dev.nightjar.optimizer.robust.sweep;

import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.Ranking;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.robust.BlockBootstrap;
import dev.nightjar.optimizer.robust.BootstrapResult;
import dev.nightjar.optimizer.robust.Cscv;
import dev.nightjar.optimizer.robust.DeflatedSharpe;
import dev.nightjar.optimizer.robust.Moments;
import dev.nightjar.optimizer.robust.PboResult;
import dev.nightjar.optimizer.robust.PerformanceFunction;
import dev.nightjar.optimizer.robust.PeriodReturns;
import dev.nightjar.optimizer.robust.Plateau;
import dev.nightjar.optimizer.robust.ProbabilisticSharpe;
import dev.nightjar.optimizer.search.SweepPlan;
import dev.nightjar.optimizer.select.Correlations;
import dev.nightjar.optimizer.select.GreedySelection;
import dev.nightjar.optimizer.select.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Overfitting statistics of a finished sweep, wired from its rows to the pure statistics of {@code
 * optimizer.robust}:
 *
 * <ol>
 *   <li>one pass over every row: the objective of each (symbol, combination), the number of trials
 *       N (rows evaluated without failure) and the top M ranked rows;
 *   <li>per symbol, the combinations whose returns are needed are re-run with the full engine
 *       ({@link Replay}, same strategy, feature cache and execution as the sweep) and their equity
 *       curves aggregated to per-period returns ({@link PeriodReturns}, UTC buckets). PBO wants
 *       every combination; when a symbol has more than {@code pboCap} evaluated combinations, it
 *       gets its rows in the top M plus a systematic sample of the rest (every k-th by combination
 *       id, {@code k = ceil(rest / (cap − top rows))}), and {@link SymbolPbo#note()} says so;
 *   <li>per top row: PSR against 0 and DSR against the expected best of N unskilled trials, from
 *       its per-period returns, with {@code V[SR]} the variance of the per-period Sharpe ratios of
 *       all computed combinations; the plateau ratio over its ±1 grid neighbourhood among the
 *       evaluated points ({@link dev.nightjar.optimizer.robust.ParameterGrid}); a stationary block
 *       bootstrap of its trade returns on equity, giving the 95th-percentile max drawdown and the
 *       5th-percentile final return (both "worst 5 %");
 *   <li>per symbol, PBO by CSCV on the computed combinations' returns;
 *   <li>over the top M, the correlation matrix of their returns (one calendar, 0 where a symbol has
 *       no bar) and the greedy diversified selection.
 * </ol>
 *
 * Deterministic: same inputs and options give the same report. Single-threaded; the cost is one
 * engine run with equity curve per computed combination (tens of µs per 10,000 bars).
 */
public final class Robustness {
  /** Figure names in output order. */
  public static final List<String> FIGURES =
      List.of(
          "psr",
          "dsr",
          "plateau_ratio",
          "mc_p5_max_drawdown",
          "mc_p5_return",
          "sharpe_per_period",
          "periods",
          "trades");

  private Robustness() {}

  /**
   * Analyzes a sweep.
   *
   * @param info the sweep (objective, filters, strategies, symbols)
   * @param plan its combinations and grids
   * @param series its series, by symbol index
   * @param rows every row of the sweep, by symbol (symbol-major, as the results log holds them);
   *     read twice, so memory holds one symbol's objective per combination, not every symbol's
   * @param options M, caps, period, S, threshold, bootstrap
   */
  public static RobustnessReport analyze(
      SweepInfo info,
      SweepPlan plan,
      List<BarSeries> series,
      Supplier<Iterator<ResultRow>> rows,
      RobustnessOptions options) {
    return analyze(info, plan, series, rows, options, -1);
  }

  /**
   * Analyzes a sweep whose rows do not show every trial it made.
   *
   * @param trials the number of trials for the deflated Sharpe ratio, when the search made more
   *     evaluations than {@code rows} holds (successive halving's partial-data rounds); {@code -1}:
   *     the rows that did not fail
   */
  public static RobustnessReport analyze(
      SweepInfo info,
      SweepPlan plan,
      List<BarSeries> series,
      Supplier<Iterator<ResultRow>> rows,
      RobustnessOptions options,
      int trials) {
    int symbols = series.size();
    Ranking ranking = new Ranking(info, options.top());
    int counted = 0;
    for (Iterator<ResultRow> it = rows.get(); it.hasNext(); ) {
      ResultRow row = it.next();
      counted += row.failed() ? 0 : 1;
      ranking.offer(row);
    }
    List<ResultRow> ranked = ranking.best();
    int n = trials < 0 ? counted : Math.max(trials, counted);

    Map<Long, Replay.Outcome> topOutcomes = new HashMap<>();
    Map<Long, Plateau> plateaus = new HashMap<>();
    List<SymbolPbo> pbo = new ArrayList<>();
    List<Double> sharpes = new ArrayList<>();
    double[] objective = new double[plan.size()];
    Iterator<ResultRow> it = rows.get();
    ResultRow pending = it.hasNext() ? it.next() : null;
    for (int s = 0; s < symbols; s++) {
      Arrays.fill(objective, Double.NaN);
      while (pending != null && pending.symbol() == s) {
        if (!pending.failed()) {
          objective[pending.combination()] = info.objective().value(pending);
        }
        pending = it.hasNext() ? it.next() : null;
      }
      if (pending != null && pending.symbol() < s) {
        throw new IllegalArgumentException(
            "rows must come by symbol: symbol " + pending.symbol() + " after " + s);
      }
      Replay replay = new Replay(series.get(s));
      TreeSet<Integer> topIds = new TreeSet<>();
      for (ResultRow r : ranked) {
        if (r.symbol() == s) {
          topIds.add(r.combination());
          plateaus.put(key(s, r.combination()), plateau(plan, objective, r.combination()));
        }
      }
      int[] evaluated = evaluatedIds(objective, plan.size());
      int[] used = pboIds(evaluated, topIds, options.pboCap());
      double[][] returns = new double[used.length][];
      for (int k = 0; k < used.length; k++) {
        Combination c = info.combination(used[k]);
        Replay.Outcome outcome =
            replay.run(info.strategies().get(c.strategy()), c, options.periodMillis());
        returns[k] = outcome.returns().returns();
        if (topIds.contains(used[k])) {
          topOutcomes.put(key(s, used[k]), outcome);
        }
        if (returns[k].length >= 2) {
          sharpes.add(Moments.of(returns[k]).sharpe());
        }
      }
      pbo.add(pbo(series.get(s), evaluated.length, returns, options));
    }
    double sharpeVariance = sampleVariance(sharpes);

    List<RowFigures> figures = new ArrayList<>();
    SplittableRandom seeds = new SplittableRandom(options.seed());
    for (int i = 0; i < ranked.size(); i++) {
      ResultRow row = ranked.get(i);
      long k = key(row.symbol(), row.combination());
      figures.add(
          new RowFigures(
              i + 1,
              row,
              figures(
                  topOutcomes.get(k),
                  plateaus.get(k),
                  n,
                  sharpeVariance,
                  options,
                  seeds.nextLong())));
    }

    ReturnsTable table = table(ranked, topOutcomes, options.periodMillis());
    Selection selection =
        table.size() == 0
            ? new Selection(new boolean[0], new int[0], new double[0])
            : GreedySelection.select(correlations(table), options.maxCorrelation());
    return new RobustnessReport(
        figures, pbo, selection, table, n, sharpeVariance, options.maxCorrelation());
  }

  /**
   * The correlation matrix of the table's rows; all NaN (undefined, so nothing is excluded) with
   * fewer than two periods.
   */
  static double[][] correlations(ReturnsTable table) {
    int n = table.size();
    int t = table.calendar().length;
    if (t < 2) {
      double[][] undefined = new double[n][n];
      for (double[] row : undefined) {
        Arrays.fill(row, Double.NaN);
      }
      return undefined;
    }
    return Correlations.forShape(n, t).compute(table.values());
  }

  private static Map<String, Double> figures(
      Replay.Outcome outcome,
      Plateau plateau,
      int trials,
      double sharpeVariance,
      RobustnessOptions options,
      long seed) {
    Map<String, Double> f = new LinkedHashMap<>();
    double[] r = outcome.returns().returns();
    double psr = Double.NaN;
    double dsr = Double.NaN;
    double sharpe = Double.NaN;
    if (r.length >= 2) {
      Moments m = Moments.of(r);
      sharpe = m.sharpe();
      if (m.stdev() > 0) {
        psr = ProbabilisticSharpe.psr(m, 0);
        dsr =
            DeflatedSharpe.dsr(
                sharpe,
                m.n(),
                m.skewness(),
                m.kurtosis(),
                Math.max(1, trials),
                Double.isNaN(sharpeVariance) ? 0 : sharpeVariance);
      }
    }
    double[] trades = outcome.tradeReturns();
    double drawdown = Double.NaN;
    double finalReturn = Double.NaN;
    if (trades.length > 0) {
      BootstrapResult b =
          new BlockBootstrap(
                  BlockBootstrap.Scheme.STATIONARY,
                  BlockBootstrap.defaultBlockLength(trades.length),
                  options.resamples(),
                  seed)
              .run(trades);
      drawdown = b.worstMaxDrawdown();
      finalReturn = b.worstFinalReturn();
    }
    f.put("psr", psr);
    f.put("dsr", dsr);
    f.put("plateau_ratio", plateau.ratio());
    f.put("mc_p5_max_drawdown", drawdown);
    f.put("mc_p5_return", finalReturn);
    f.put("sharpe_per_period", sharpe);
    f.put("periods", (double) r.length);
    f.put("trades", (double) trades.length);
    return f;
  }

  /**
   * Plateau of combination {@code id} in its strategy's grid, over the objective of the symbol's
   * evaluated combinations: grid index → id by binary search, since a strategy's ids follow its
   * grid indices in ascending order.
   */
  static Plateau plateau(SweepPlan plan, double[] objective, int id) {
    int s = plan.strategyOf(id);
    int first = plan.firstId(s);
    int count = plan.count(s);
    return plan.grid(s)
        .plateau(
            gridIndex -> {
              int lo = first;
              int hi = first + count - 1;
              while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int g = plan.gridIndex(mid);
                if (g == gridIndex) {
                  return objective[mid];
                }
                if (g < gridIndex) {
                  lo = mid + 1;
                } else {
                  hi = mid - 1;
                }
              }
              return Double.NaN;
            },
            plan.gridIndex(id));
  }

  private static int[] evaluatedIds(double[] objective, int size) {
    int[] ids = new int[size];
    int n = 0;
    for (int id = 0; id < size; id++) {
      if (!Double.isNaN(objective[id])) {
        ids[n++] = id;
      }
    }
    return Arrays.copyOf(ids, n);
  }

  /**
   * All of {@code evaluated} when within {@code cap}; else the top ids plus every k-th of the
   * others, up to {@code cap}, ascending.
   */
  static int[] pboIds(int[] evaluated, TreeSet<Integer> top, int cap) {
    if (evaluated.length <= cap) {
      return evaluated;
    }
    int room = Math.max(0, cap - top.size());
    int rest = evaluated.length - top.size();
    int step = room == 0 ? Integer.MAX_VALUE : (rest + room - 1) / room;
    TreeSet<Integer> chosen = new TreeSet<>(top);
    int seen = 0;
    int taken = 0;
    for (int id : evaluated) {
      if (top.contains(id)) {
        continue;
      }
      if (seen++ % step == 0 && taken < room) {
        chosen.add(id);
        taken++;
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  private static SymbolPbo pbo(
      BarSeries series, int evaluated, double[][] returns, RobustnessOptions options) {
    String capped =
        returns.length < evaluated
            ? "capped at "
                + returns.length
                + " of "
                + evaluated
                + " combinations (top rows plus a systematic sample by id)"
            : "";
    if (returns.length < 2) {
      return new SymbolPbo(
          series.id(), evaluated, returns.length, null, "fewer than 2 combinations evaluated");
    }
    int periods = returns[0].length;
    if (periods < 2 * options.blocks()) {
      return new SymbolPbo(
          series.id(),
          evaluated,
          returns.length,
          null,
          periods
              + " periods, CSCV with S = "
              + options.blocks()
              + " needs at least "
              + 2 * options.blocks());
    }
    PboResult result = Cscv.run(returns, options.blocks(), PerformanceFunction.SHARPE);
    return new SymbolPbo(series.id(), evaluated, returns.length, result, capped);
  }

  private static ReturnsTable table(
      List<ResultRow> ranked, Map<Long, Replay.Outcome> outcomes, long periodMillis) {
    TreeSet<Long> starts = new TreeSet<>();
    for (ResultRow r : ranked) {
      for (long t : outcomes.get(key(r.symbol(), r.combination())).returns().starts()) {
        starts.add(t);
      }
    }
    long[] calendar = starts.stream().mapToLong(Long::longValue).toArray();
    int n = ranked.size();
    int[] symbols = new int[n];
    int[] combinations = new int[n];
    double[][] values = new double[n][];
    for (int i = 0; i < n; i++) {
      ResultRow r = ranked.get(i);
      symbols[i] = r.symbol();
      combinations[i] = r.combination();
      values[i] = outcomes.get(key(r.symbol(), r.combination())).returns().on(calendar);
    }
    return new ReturnsTable(periodMillis, calendar, symbols, combinations, values);
  }

  private static double sampleVariance(List<Double> values) {
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        n++;
        double delta = v - mean;
        mean += delta / n;
        m2 += delta * (v - mean);
      }
    }
    return n >= 2 ? m2 / (n - 1) : Double.NaN;
  }

  private static long key(int symbol, int combination) {
    return (long) symbol << 32 | combination;
  }
}
