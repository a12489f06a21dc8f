package dev.nightjar.optimizer.run;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.Strategy;

/** What evaluating one of the sweep's strategies needs besides the parameters. */
public record StrategySetup(Strategy strategy, Direction direction, EngineConfig execution) {}
