package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.live.state.PositionRecord;
import java.util.List;

/**
 * A finished run of the runner.
 *
 * @param trades the trades closed during this run, in exit order
 * @param position the position still open, or {@code null}
 * @param equity equity after the last bar (as if flattened at its close)
 * @param bars bars decided on during this run (not counting bars already decided before a restart)
 * @param outcome why it stopped
 * @param message one line for the user: the kill switch's reason, or what ended the run
 */
public record RunnerResult(
    List<Trade> trades,
    PositionRecord position,
    double equity,
    int bars,
    Outcome outcome,
    String message) {
  public RunnerResult {
    trades = List.copyOf(trades);
  }
}
