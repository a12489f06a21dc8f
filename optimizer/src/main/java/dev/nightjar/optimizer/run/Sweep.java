package dev.nightjar.optimizer.run;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ConfigException;
import dev.nightjar.data.Fingerprint;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.RunStats;
import dev.nightjar.optimizer.report.StrategyInfo;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.report.SweepReport;
import dev.nightjar.optimizer.report.SymbolInfo;
import dev.nightjar.optimizer.run.log.CheckpointException;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.search.SweepPlan;
import dev.nightjar.optimizer.spec.SearchSpec;
import dev.nightjar.optimizer.spec.StrategySpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import dev.nightjar.optimizer.validation.FoldPlan;
import dev.nightjar.optimizer.validation.ValidationInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * One overnight sweep, start to finish: expand the spec into combinations, cut them into tasks,
 * evaluate the tasks on a dedicated ForkJoinPool while appending each finished task to the
 * crash-safe results log (synced about once a second, with the manifest rewritten atomically), and
 * when every task is logged, build the reports and strategy configs by reading the log in task
 * order. A resumed sweep checks that spec, data and version are unchanged, keeps every complete
 * record of the log, and runs only the missing tasks, so its outputs are byte-identical to an
 * uninterrupted run's.
 *
 * <p>Run folder: {@code manifest.json}, {@code results.log}, then {@code results.csv}, {@code
 * top.csv}, {@code summary.txt} and {@code configs/rank-NNN-SYMBOL-STRATEGY.json}.
 *
 * <p>A validated sweep (spec {@code validation}) runs its in-sample stage through this same
 * machinery with one "symbol" per (fold, symbol) train window ({@link FoldPlan}), so the log,
 * manifest, resume and crash safety cover it; the out-of-sample stage is recomputed from the
 * complete log by the reports ({@code oos.csv}, see {@link
 * dev.nightjar.optimizer.validation.Validation}).
 */
public final class Sweep {
  /** The results log's file name in the run folder. */
  public static final String LOG_FILE = "results.log";

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private Sweep() {}

  /**
   * How to run.
   *
   * @param threads worker threads, {@code >= 1}
   * @param resume continue the sweep in the folder instead of starting one
   * @param nightjarVersion the running version, recorded and compared on resume
   * @param clock epoch ms, for the creation time and progress stamps
   * @param progress evaluations done out of those this run has to do
   * @param cancel polled between tasks; true stops the run (resumable)
   */
  public record Options(
      int threads,
      boolean resume,
      String nightjarVersion,
      LongSupplier clock,
      ProgressListener progress,
      BooleanSupplier cancel) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
    }
  }

  /**
   * How it ended.
   *
   * @param status complete, interrupted (resumable) or failed (resumable after fixing the cause)
   * @param stopReason why it stopped early, or {@code null}
   * @param completedTasks tasks in the log
   * @param tasks all tasks
   * @param stats this run's timing
   * @param report the reports' outcome when complete, else {@code null}
   * @param configs the exported configs when complete
   */
  public record Result(
      Manifest.Status status,
      String stopReason,
      int completedTasks,
      int tasks,
      RunStats stats,
      SweepReport.Outcome report,
      List<Path> configs) {}

  /** Runs (or resumes) {@code spec} on {@code series} in the folder {@code dir}. */
  public static Result run(
      SweepSpec spec, Path specFile, List<BarSeries> series, Path dir, Options options) {
    SweepPlan plan = SweepPlan.plan(spec);
    FoldPlan folds = folds(spec, specFile, series);
    List<BarSeries> evaluated = folds == null ? series : folds.trainSeries();
    TaskLayout layout = layout(spec, evaluated.size(), plan.size());
    long now = options.clock().getAsLong();
    Manifest fresh =
        manifest(spec, specFile, series, folds, plan, layout, options.nightjarVersion(), now);
    if (options.resume()) {
      Manifest.read(dir); // a resume needs a sweep to resume
    }
    if (isAdaptive(spec)) {
      if (folds != null) {
        throw new ConfigException(
            specFile,
            "$.search.method",
            spec.search().method()
                + " cannot be combined with validation yet: use grid or random with validation");
      }
      Manifest outer = TaskRun.open(dir, fresh, options.resume());
      return AdaptiveSweep.run(spec, specFile, series, outer, dir, options);
    }
    long maxFailures =
        (long) Math.floor(spec.maxFailureShare() * layout.symbols() * (double) plan.size());
    TaskRun.Outcome outcome =
        TaskRun.run(
            dir,
            fresh,
            evaluated,
            setups(spec),
            plan::combination,
            layout,
            maxFailures,
            options,
            false);
    if (!outcome.complete()) {
      return new Result(
          outcome.status(),
          outcome.stopReason(),
          outcome.completedTasks(),
          layout.count(),
          outcome.stats(),
          null,
          List.of());
    }
    Manifest manifest = Manifest.read(dir);
    SweepInfo info = info(spec, series, folds, plan, manifest);
    Outputs.Written written =
        Outputs.write(dir, spec, info, plan, evaluated, layout.count(), outcome.stats(), false);
    TaskRun.markComplete(dir, options.clock().getAsLong());
    return new Result(
        Manifest.Status.COMPLETE,
        null,
        outcome.completedTasks(),
        layout.count(),
        outcome.stats(),
        written.report(),
        written.configs());
  }

  /**
   * A finished (or partly finished) sweep's folder, reopened for {@code nightjar report} and {@code
   * nightjar export}: the manifest, checked against the spec and data given.
   *
   * @throws CheckpointException when the spec or the data differ from the sweep's
   */
  public static SweepInfo reopen(SweepSpec spec, Path specFile, List<BarSeries> series, Path dir) {
    Manifest stored = Manifest.read(dir);
    SweepPlan plan = SweepPlan.plan(spec);
    FoldPlan folds = folds(spec, specFile, series);
    TaskLayout layout = layout(spec, folds == null ? series.size() : folds.units(), plan.size());
    Manifest fresh =
        manifest(
            spec,
            specFile,
            series,
            folds,
            plan,
            layout,
            stored.nightjarVersion(),
            stored.createdAt());
    List<String> changes = fresh.incompatibilities(stored);
    if (!changes.isEmpty()) {
      throw new CheckpointException(dir, "does not match: " + String.join("; ", changes));
    }
    return info(spec, series, folds, plan, stored);
  }

  /** Every row of the folder's log in output order; the log must hold every task. */
  public static LogIndex completeLog(Path dir, SweepInfo info) {
    int tasks = Manifest.read(dir).tasks();
    int done = 0;
    if (Files.exists(dir.resolve(LOG_FILE))) {
      LogIndex index = LogIndex.scan(dir.resolve(LOG_FILE), Metric.count());
      done = index.completed().cardinality();
      if (done >= tasks) {
        return index;
      }
      index.close();
    }
    throw new CheckpointException(
        dir,
        "the sweep is not complete ("
            + done
            + " of "
            + tasks
            + " tasks): finish it with 'nightjar sweep SPEC --out "
            + dir
            + " --resume'");
  }

  /**
   * How a sweep's rows are cut into tasks: the standard layout; for an adaptive search, whose
   * rounds have their own, one task per symbol in the run folder's consolidated log.
   */
  private static TaskLayout layout(SweepSpec spec, int symbols, int combinations) {
    return isAdaptive(spec)
        ? new TaskLayout(symbols, combinations, combinations)
        : TaskLayout.of(symbols, combinations);
  }

  private static boolean isAdaptive(SweepSpec spec) {
    return spec.search() instanceof SearchSpec.Halving || spec.search() instanceof SearchSpec.CmaEs;
  }

  /**
   * The series the in-sample stage evaluates: {@code series} itself, or for a validated sweep one
   * train window per fold and symbol (for progress rates: bars per evaluation).
   *
   * @throws ConfigException at {@code $.validation} when the folds do not fit the data
   */
  public static List<BarSeries> evaluated(SweepSpec spec, Path specFile, List<BarSeries> series) {
    FoldPlan folds = folds(spec, specFile, series);
    return folds == null ? series : folds.trainSeries();
  }

  /**
   * The folds of a validated sweep over its series, or {@code null} without validation.
   *
   * @throws ConfigException at {@code $.validation} when the folds do not fit the data
   */
  private static FoldPlan folds(SweepSpec spec, Path specFile, List<BarSeries> series) {
    if (spec.validation() == null) {
      return null;
    }
    try {
      return FoldPlan.of(spec.validation(), series, spec.longestLookback());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(specFile, "$.validation", e.getMessage());
    }
  }

  /** What the reports need, from the spec, the data and the manifest's identity. */
  public static SweepInfo info(
      SweepSpec spec, List<BarSeries> series, SweepPlan plan, Manifest manifest) {
    FoldPlan folds =
        spec.validation() == null
            ? null
            : FoldPlan.of(spec.validation(), series, spec.longestLookback());
    return info(spec, series, folds, plan, manifest);
  }

  private static SweepInfo info(
      SweepSpec spec, List<BarSeries> series, FoldPlan folds, SweepPlan plan, Manifest manifest) {
    List<SymbolInfo> full = new ArrayList<>();
    for (BarSeries b : series) {
      full.add(
          symbolInfo(
              b,
              folds == null
                  ? manifest.dataFingerprints().get(b.id().toString())
                  : Fingerprint.of(b)));
    }
    List<SymbolInfo> symbols = full;
    ValidationInfo validation = null;
    if (folds != null) {
      symbols = new ArrayList<>();
      for (BarSeries train : folds.trainSeries()) {
        symbols.add(symbolInfo(train, Fingerprint.of(train)));
      }
      validation = new ValidationInfo(spec.validation(), spec.rankBy(), folds, full, null);
    }
    List<StrategyInfo> strategies = new ArrayList<>();
    for (int i = 0; i < spec.strategies().size(); i++) {
      StrategySpec s = spec.strategies().get(i);
      strategies.add(
          new StrategyInfo(s.strategy(), s.direction(), spec.execution(), plan.count(i)));
    }
    return new SweepInfo(
        spec.name(),
        manifest.sweepId(),
        spec.hash(),
        manifest.nightjarVersion(),
        manifest.createdAt(),
        symbols,
        strategies,
        plan::combination,
        spec.objective(),
        spec.filters(),
        spec.top(),
        validation);
  }

  private static SymbolInfo symbolInfo(BarSeries b, String fingerprint) {
    return new SymbolInfo(b.id(), fingerprint, b.firstTime(), b.lastTime(), b.size());
  }

  /** Every row of the log, task by task in id order: by symbol, then combination. */
  public static Iterator<ResultRow> rows(LogIndex index, int tasks) {
    return new Iterator<>() {
      private int task;
      private Iterator<ResultRow> current = List.<ResultRow>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && task < tasks) {
          if (!index.contains(task)) {
            throw new CheckpointException(
                index.file(), "task " + task + " is missing from the log");
          }
          current = index.read(task++).iterator();
        }
        return current.hasNext();
      }

      @Override
      public ResultRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * The manifest of a start. A validated sweep's "symbols" are its units ({@link
   * FoldPlan#unitName}), each fingerprinted as {@code <train window> of <full series>}, so that
   * resuming with other windows or other data refuses.
   */
  private static Manifest manifest(
      SweepSpec spec,
      Path specFile,
      List<BarSeries> series,
      FoldPlan folds,
      SweepPlan plan,
      TaskLayout layout,
      String version,
      long now) {
    List<String> symbols = new ArrayList<>();
    Map<String, String> fingerprints = new LinkedHashMap<>();
    if (folds == null) {
      for (BarSeries s : series) {
        symbols.add(s.id().toString());
        fingerprints.put(s.id().toString(), Fingerprint.of(s));
      }
    } else {
      List<String> full = series.stream().map(Fingerprint::of).toList();
      for (int u = 0; u < folds.units(); u++) {
        symbols.add(folds.unitName(u));
        fingerprints.put(
            folds.unitName(u),
            Fingerprint.of(folds.trainSeries().get(u)) + " of " + full.get(folds.symbol(u)));
      }
    }
    return Manifest.start(
        spec.name() + "-" + ID_TIME.format(Instant.ofEpochMilli(now)),
        spec.name(),
        spec.hash(),
        specFile.toString(),
        version,
        now,
        symbols,
        fingerprints,
        plan.size(),
        layout.perTask(),
        layout.count());
  }

  static List<StrategySetup> setups(SweepSpec spec) {
    List<StrategySetup> setups = new ArrayList<>();
    for (StrategySpec s : spec.strategies()) {
      setups.add(new StrategySetup(s.strategy(), s.direction(), spec.execution()));
    }
    return setups;
  }
}
