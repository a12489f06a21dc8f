package dev.nightjar.optimizer.export;

import dev.nightjar.backtest.metrics.Metric;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A validated config's out-of-sample figures: one run over the test windows of the folds whose
 * training selected it.
 *
 * @param method {@code holdout} or {@code walk-forward}
 * @param windows those test windows, by fold, at least one
 * @param metrics what it earned there (possibly NaN or infinite)
 */
public record OutOfSample(String method, List<SampleWindow> windows, Map<Metric, Double> metrics) {
  public OutOfSample {
    if (method == null || windows == null || windows.isEmpty() || metrics == null) {
      throw new IllegalArgumentException("method, at least one window and metrics are needed");
    }
    windows = List.copyOf(windows);
    metrics = metrics.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(metrics));
  }
}
