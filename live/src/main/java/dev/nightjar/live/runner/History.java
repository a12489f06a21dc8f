package dev.nightjar.live.runner;

import dev.nightjar.data.BarBuffer;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;

/** The bars a runner has seen, growing one closed bar at a time; owned by the decision thread. */
final class History {
  private final SeriesId id;
  private final BarBuffer bars = new BarBuffer();

  History(SeriesId id) {
    this.id = id;
  }

  int size() {
    return bars.size();
  }

  long lastTime() {
    return bars.size() == 0 ? Long.MIN_VALUE : bars.time(bars.size() - 1);
  }

  /** Appends {@code bar}; its time must be after the last one's and on the timeframe's grid. */
  void append(Bar bar) {
    if (bars.size() > 0 && bar.time() <= lastTime()) {
      throw new IllegalArgumentException(
          "bar at " + bar.time() + " is not after the last bar at " + lastTime());
    }
    bars.add(bar.time(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
  }

  /** Every bar so far, as a validated series (copies the columns). */
  BarSeries series() {
    return bars.toSeries(id);
  }
}
