package dev.nightjar.optimizer.report;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.Strategy;

/**
 * One strategy of a sweep: the family, the sides it may hold, its execution settings (one per
 * strategy so that a future spec may vary them) and how many combinations the search gave it.
 *
 * @param strategy the family; {@link dev.nightjar.optimizer.Combination#params()} follow its
 *     parameter order
 * @param direction long-short or long-only
 * @param execution the engine settings every combination of this strategy ran with
 * @param combinations number of combinations of this strategy in the sweep
 */
public record StrategyInfo(
    Strategy strategy, Direction direction, EngineConfig execution, long combinations) {
  public StrategyInfo {
    if (strategy == null || direction == null || execution == null) {
      throw new IllegalArgumentException("strategy, direction and execution must not be null");
    }
    if (combinations < 0) {
      throw new IllegalArgumentException("combinations must be >= 0, got " + combinations);
    }
  }

  /** The family's name, e.g. {@code sma-cross}. */
  public String name() {
    return strategy.name();
  }
}
