package dev.nightjar.live.runner;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Checks;
import java.util.function.Consumer;

/**
 * Replays a cached series as closed bars: as fast as the runner takes them ({@code speed} 0) or at
 * {@code speed}× real time (one bar every timeframe / speed).
 */
public final class ReplayFeed implements Feed {
  private final BarSeries series;
  private final double speed;

  /**
   * @param speed 0 for as fast as possible, else a finite multiple of real time &gt; 0
   */
  public ReplayFeed(BarSeries series, double speed) {
    this.series = Checks.notNull(series, "series");
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be finite and >= 0, got " + speed);
    }
    this.speed = speed;
  }

  @Override
  public void run(Consumer<Bar> sink) throws InterruptedException {
    long pause = speed == 0 ? 0 : Math.round(series.timeframe().millis() / speed);
    for (int i = 0; i < series.size(); i++) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      if (pause > 0 && i > 0) {
        Thread.sleep(pause);
      }
      sink.accept(
          new Bar(
              series.time(i),
              series.open(i),
              series.high(i),
              series.low(i),
              series.close(i),
              series.volume(i)));
    }
  }
}
