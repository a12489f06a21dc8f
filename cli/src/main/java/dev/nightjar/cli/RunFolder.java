package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.run.Sweep;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep's run folder reopened for {@code report} and {@code export}: its spec (the file named in
 * the manifest, unless given) and data, checked against what the sweep ran on.
 */
final class RunFolder {
  private RunFolder() {}

  static SweepInfo open(Path dir, Path specOrNull, BaseCommand command, GlobalOptions global) {
    return openFully(dir, specOrNull, command, global).info();
  }

  /**
   * Everything a reopened sweep has: spec, data and identity.
   *
   * @param evaluated the series its log's rows index: {@code series}, or the folds' train windows
   *     of a validated sweep
   */
  record Opened(
      SweepSpec spec, List<BarSeries> series, List<BarSeries> evaluated, SweepInfo info) {}

  /** Like {@link #open}, keeping the spec and the series too. */
  static Opened openFully(Path dir, Path specOrNull, BaseCommand command, GlobalOptions global) {
    Path spec = specOrNull != null ? specOrNull : Path.of(Manifest.read(dir).specFile());
    SweepSpec sweep = SweepSpec.read(spec);
    List<BarSeries> series = SweepData.resolve(sweep.data(), spec, command, global);
    return new Opened(
        sweep,
        series,
        Sweep.evaluated(sweep, spec, series),
        Sweep.reopen(sweep, spec, series, dir));
  }
}
