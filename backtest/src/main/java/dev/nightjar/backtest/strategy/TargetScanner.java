package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;

/**
 * A strategy's rule bound to one parameter set and one series, for families whose target at a bar
 * reads only that bar and the one before it of shared lines (crossings): it appends the targets of
 * any range of bars, so they can be computed block by block. Scanning [0, n) cut anywhere gives the
 * entries of {@link Strategy#sparseTargets}. Not thread-safe if the strategy's is not; the built-in
 * ones are stateless.
 */
@FunctionalInterface
public interface TargetScanner {
  /** Appends the targets of bars [{@code from}, {@code to}) after the entries {@code out} has. */
  void append(int from, int to, SparseTargets out);
}
