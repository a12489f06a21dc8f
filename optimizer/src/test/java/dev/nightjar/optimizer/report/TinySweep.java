package dev.nightjar.optimizer.report;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.data.SeriesId;
import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.ResultRow;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-made sweep shared by the report and export tests: two symbols, sma-cross (fast, slow) and
 * bollinger-reversion (period, k), four combinations, objective sharpe, filter trades >= 10.
 *
 * <pre>
 * id  strategy             params        AAA: sharpe trades       BBB: sharpe trades
 * 0   sma-cross            10, 30             1.5    12                1.5    20
 * 1   sma-cross            20, 50             2.0     5 (filtered)     NaN     0 (not ranked)
 * 2   bollinger-reversion  20, 2.5            failed "boom, at bar 3"  3.0    15 (profit_factor +Inf)
 * 3   sma-cross            10, 50            -0.5    30                0.25   11
 * </pre>
 *
 * Ranked, best first: BBB#2 (3.0), AAA#0 (1.5), BBB#0 (1.5: tie, combination equal, AAA's symbol
 * index is lower), BBB#3 (0.25), AAA#3 (-0.5).
 */
public final class TinySweep {
  public static final long FROM = 1_704_067_200_000L;
  public static final long TO = 1_735_603_200_000L;
  public static final EngineConfig EXECUTION =
      EngineConfig.defaults().toBuilder().fee(0.0006).build();

  public static final List<Combination> COMBINATIONS =
      List.of(
          new Combination(0, 0, new double[] {10, 30}),
          new Combination(1, 0, new double[] {20, 50}),
          new Combination(2, 1, new double[] {20, 2.5}),
          new Combination(3, 0, new double[] {10, 50}));

  private TinySweep() {}

  public static SweepInfo info(int top) {
    return new SweepInfo(
        "tiny",
        "tiny-20240101",
        "sha256:abc",
        "0.1.0-SNAPSHOT",
        1_764_100_000_000L,
        List.of(
            new SymbolInfo(SeriesId.parse("AAA:1h"), "crc32c:0000000a:n=8761:x", FROM, TO, 8761),
            new SymbolInfo(SeriesId.parse("BBB:1h"), "crc32c:0000000b:n=8761:x", FROM, TO, 8761)),
        List.of(
            new StrategyInfo(Strategies.byName("sma-cross"), Direction.LONG_SHORT, EXECUTION, 3),
            new StrategyInfo(
                Strategies.byName("bollinger-reversion"), Direction.LONG_ONLY, EXECUTION, 1)),
        COMBINATIONS::get,
        Objective.of(Metric.SHARPE),
        List.of(Filter.atLeast(Metric.TRADES, 10)),
        top);
  }

  /** The eight rows in the runner's order (symbol, then combination). */
  public static List<ResultRow> rows() {
    return List.of(
        row(0, 0, 1.5, 12),
        row(0, 1, 2.0, 5),
        ResultRow.failed(0, 2, "boom, at bar 3"),
        row(0, 3, -0.5, 30),
        row(1, 0, 1.5, 20),
        row(1, 1, Double.NaN, 0),
        withProfitFactor(row(1, 2, 3.0, 15), Double.POSITIVE_INFINITY),
        row(1, 3, 0.25, 11));
  }

  /**
   * A successful row: the given sharpe and trades, total_return = sharpe / 10, max_drawdown = 0.1,
   * every other metric 0.
   */
  public static ResultRow row(int symbol, int combination, double sharpe, double trades) {
    double[] m = new double[Metric.count()];
    Arrays.fill(m, 0.0);
    m[Metric.SHARPE.ordinal()] = sharpe;
    m[Metric.TRADES.ordinal()] = trades;
    m[Metric.TOTAL_RETURN.ordinal()] = sharpe / 10;
    m[Metric.MAX_DRAWDOWN.ordinal()] = 0.1;
    return new ResultRow(symbol, combination, m, null);
  }

  private static ResultRow withProfitFactor(ResultRow r, double pf) {
    double[] m = r.metrics();
    m[Metric.PROFIT_FACTOR.ordinal()] = pf;
    return new ResultRow(r.symbol(), r.combination(), m, null);
  }
}
