package dev.nightjar.optimizer.export;

import dev.nightjar.backtest.metrics.Metric;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A validated config's in-sample figures: its metrics on the train window of the last fold that
 * selected it.
 *
 * @param window that train window
 * @param metrics what it earned there (possibly NaN or infinite)
 */
public record InSample(SampleWindow window, Map<Metric, Double> metrics) {
  public InSample {
    if (window == null || metrics == null) {
      throw new IllegalArgumentException("window and metrics must not be null");
    }
    metrics = metrics.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(metrics));
  }
}
