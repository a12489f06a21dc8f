package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.optimizer.run.Sweep;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightjar sweep}: the overnight parameter sweep. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Backtest every parameter combination of a sweep spec on every symbol, on all cores, and"
          + " write ranked reports and strategy configs.",
      "Results are logged as tasks finish; after a crash, kill -9 or Ctrl-C, --resume runs only"
          + " what is missing and the outputs are identical to an uninterrupted run's.",
      "Outputs in DIR: results.csv, top.csv, summary.txt, configs/rank-NNN-SYMBOL-STRATEGY.json"
          + " (+ manifest.json and results.log for resume).",
      "With a \"validation\" in the spec (holdout or walk-forward), each fold optimizes on its"
          + " train window and its best are tested on the following window: oos.csv, in-sample"
          + " and out-of-sample figures side by side, configs ranked out of sample by default."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar sweep examples/demo-sweep.json",
      "  nightjar sweep examples/walk-forward-sweep.json",
      "  nightjar sweep overnight.json --out runs/tonight --threads 2",
      "  nightjar sweep overnight.json --out runs/tonight --resume",
      ExitCodes.HELP
    })
final class SweepCommand extends BaseCommand {
  private static final DateTimeFormatter FOLDER_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Parameters(index = "0", paramLabel = "SPEC.json", description = "the sweep spec")
  Path spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "run folder (default: runs/<spec name>-<UTC time>; required with --resume)")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: all cores)")
  Integer threads;

  @Option(names = "--resume", description = "continue the sweep in --out DIR")
  boolean resume;

  /**
   * The sweep's creation time (sweep id, config provenance): now, or {@code SOURCE_DATE_EPOCH}
   * (epoch seconds, the reproducible-builds convention) when set, so that two runs of one spec on
   * one data set write byte-identical outputs.
   */
  static LongSupplier creationClock() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) {
      return System::currentTimeMillis;
    }
    try {
      long millis = Math.multiplyExact(Long.parseLong(epoch.trim()), 1000L);
      return () -> millis;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "SOURCE_DATE_EPOCH must be whole seconds since 1970, got '" + epoch + "'");
    }
  }

  /**
   * The bar's listener, adding bar-combinations/s (combinations × average bars per evaluated
   * series: a validated sweep evaluates train windows).
   */
  private static ProgressListener withBarRate(ProgressBars.Handle bar, List<BarSeries> series) {
    double bars = series.stream().mapToInt(BarSeries::size).average().orElse(0);
    long start = System.nanoTime();
    return (done, total) -> {
      bar.progress(done, total);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (seconds > 0) {
        bar.message(String.format(Locale.ROOT, " %.3g bar-combos/s", done * bars / seconds));
      }
    };
  }

  @Override
  public Integer call() {
    if (resume && out == null) {
      throw new IllegalArgumentException("--resume needs --out DIR, the folder of the sweep");
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + workers);
    }
    SweepSpec sweep = SweepSpec.read(spec);
    List<BarSeries> series = SweepData.resolve(sweep.data(), spec, this, global());
    Path dir =
        out != null ? out : Path.of("runs", sweep.name() + "-" + FOLDER_TIME.format(Instant.now()));
    note(
        "%s %s: %d strategies on %d series -> %s",
        resume ? "Resuming" : "Sweeping",
        sweep.name(),
        sweep.strategies().size(),
        series.size(),
        dir);
    Sweep.Result result;
    try (Interrupts interrupts = Interrupts.install()) {
      try (ProgressBars.Handle bar = progressBars().start("sweep", 1, "combos")) {
        result =
            Sweep.run(
                sweep,
                spec,
                series,
                dir,
                new Sweep.Options(
                    workers,
                    resume,
                    Version.current(),
                    creationClock(),
                    withBarRate(bar, Sweep.evaluated(sweep, spec, series)),
                    interrupts));
      }
      if (result.status() != Manifest.Status.COMPLETE) {
        // Said before the interrupt hook may end the process (Interrupts#close).
        err()
            .printf(
                "%s: %d of %d tasks are saved in %s.%nResume with: nightjar sweep %s --out %s"
                    + " --resume%n",
                result.status() == Manifest.Status.INTERRUPTED
                    ? "Interrupted"
                    : "Stopped: " + result.stopReason(),
                result.completedTasks(),
                result.tasks(),
                dir,
                spec,
                dir);
        err().flush();
        return result.status() == Manifest.Status.INTERRUPTED
            ? ExitCodes.INTERRUPTED
            : ExitCodes.INTERNAL;
      }
    }
    out().print(result.report().summary());
    out()
        .printf(
            Locale.ROOT,
            "%nWrote %s: results.csv, top.csv, summary.txt, the robustness files and %d configs;"
                + " this run: %s evaluations"
                + " in %.1f s (%.3g bar-combinations/s)%n",
            dir,
            result.configs().size(),
            Formats.count(result.stats().evaluations()),
            result.stats().wallMillis() / 1000.0,
            result.stats().barCombinationsPerSecond());
    out().flush();
    return ExitCodes.OK;
  }
}
