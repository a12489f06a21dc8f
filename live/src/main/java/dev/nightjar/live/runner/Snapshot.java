package dev.nightjar.live.runner;

import dev.nightjar.backtest.engine.BacktestResult;
import dev.nightjar.backtest.engine.CloseAtEnd;
import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.ExitReason;
import dev.nightjar.backtest.engine.Rejection;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.data.BarSeries;
import java.util.List;

/**
 * What the engine says about a session after its last bar: the closed trades, the open trade (as
 * the engine would close it at the last close, exit fee and slippage included: what flattening now
 * costs), the equity if flattened at the last close, and the skipped entries. Bar indexes count
 * from the session's first bar.
 *
 * <p>It is one {@link Engine#run} over the session with {@link CloseAtEnd#CLOSE}: the engine's
 * state before the last bar's step (6) does not depend on what comes after, so re-running it on a
 * longer session reproduces every earlier fill exactly. The cost is O(bars) per bar.
 *
 * @param open the open trade, closed at the last close with reason {@link ExitReason#END_OF_DATA},
 *     or {@code null} when flat
 */
public record Snapshot(List<Trade> closed, Trade open, double equity, List<Rejection> rejections) {
  public Snapshot {
    closed = List.copyOf(closed);
    rejections = List.copyOf(rejections);
  }

  /** Runs the engine over {@code session} with the runner's {@code targets} (one per bar). */
  public static Snapshot of(BarSeries session, double[] targets, EngineConfig config) {
    EngineConfig c = config.toBuilder().closeAtEnd(CloseAtEnd.CLOSE).build();
    BacktestResult r = Engine.run(session, targets, c);
    List<Trade> trades = r.trades();
    int last = session.size() - 1;
    Trade tail = trades.isEmpty() ? null : trades.get(trades.size() - 1);
    boolean open =
        tail != null && tail.reason() == ExitReason.END_OF_DATA && tail.exitBar() == last;
    return new Snapshot(
        open ? trades.subList(0, trades.size() - 1) : trades,
        open ? tail : null,
        r.equity()[last],
        r.rejections());
  }
}
