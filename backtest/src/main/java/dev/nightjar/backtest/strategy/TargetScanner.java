package dev.nightjar.backtest.strategy;

import dev.nightjar.backtest.engine.SparseTargets;
import dev.nightjar.data.Checks;
import java.util.List;

/**
 * A strategy's rule bound to one parameter set and one series, for families whose target at a bar
 * reads only that bar and the one before it of shared lines (crossings): it appends the targets of
 * any range of bars, so they can be computed block by block. Scanning [0, n) cut anywhere gives the
 * entries of {@link Strategy#sparseTargets}. It also names the indicator lines it reads, which stay
 * in memory while it lives: a sweep holds the scanners of a group of combinations at once and
 * bounds the group by the bytes of their distinct lines.
 */
public final class TargetScanner {
  /** The rule: appends the targets of bars [from, to) after the entries {@code out} has. */
  @FunctionalInterface
  public interface Rule {
    void append(int from, int to, SparseTargets out);
  }

  private final Rule rule;
  private final List<double[]> lines;

  /**
   * @param rule the bound rule
   * @param lines every array the rule reads
   */
  public TargetScanner(Rule rule, double[]... lines) {
    this.rule = Checks.notNull(rule, "rule");
    this.lines = List.of(lines);
  }

  /** Appends the targets of bars [{@code from}, {@code to}) after the entries {@code out} has. */
  public void append(int from, int to, SparseTargets out) {
    rule.append(from, to, out);
  }

  /** The arrays the rule reads. */
  public List<double[]> lines() {
    return lines;
  }
}
