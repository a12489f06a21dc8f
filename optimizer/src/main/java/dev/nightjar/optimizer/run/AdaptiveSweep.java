package dev.nightjar.optimizer.run;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Fingerprint;
import dev.nightjar.data.ProgressListener;
import dev.nightjar.optimizer.ResultRow;
import dev.nightjar.optimizer.report.RunStats;
import dev.nightjar.optimizer.report.SweepInfo;
import dev.nightjar.optimizer.run.log.LogIndex;
import dev.nightjar.optimizer.run.log.Manifest;
import dev.nightjar.optimizer.run.log.ResultsLog;
import dev.nightjar.optimizer.search.AdaptiveSearch;
import dev.nightjar.optimizer.search.AdaptiveSearch.Batch;
import dev.nightjar.optimizer.search.CmaEsSearch;
import dev.nightjar.optimizer.search.SuccessiveHalving;
import dev.nightjar.optimizer.search.SweepPlan;
import dev.nightjar.optimizer.spec.SearchSpec;
import dev.nightjar.optimizer.spec.SweepSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep driven by an adaptive search ({@code halving}, {@code cmaes}): each round's batch is one
 * resumable {@link TaskRun} in {@code rounds/NNN/} of the run folder, and its scores (the objective
 * averaged over the symbols that produced one) go back to the search. Proposals are a pure function
 * of the spec and the scores, so a resumed sweep replays the completed rounds from their logs, gets
 * the same batches, and continues the first incomplete one: outputs are byte-identical to an
 * uninterrupted run's.
 *
 * <p>The reports rank the rows evaluated on all the data: for halving the last round's survivors,
 * for CMA-ES every combination it evaluated. Earlier halving rounds saw only the most recent share
 * of the bars; their rows stay in their round's log and never mix with full-data rows.
 */
final class AdaptiveSweep {
  /** The run folder's sub-folder holding one folder per round. */
  static final String ROUNDS = "rounds";

  private AdaptiveSweep() {}

  static Sweep.Result run(
      SweepSpec spec,
      Path specFile,
      List<BarSeries> series,
      Manifest outer,
      Path dir,
      Sweep.Options options) {
    AdaptiveSearch search =
        spec.search() instanceof SearchSpec.Halving
            ? SuccessiveHalving.of(spec)
            : CmaEsSearch.of(spec);
    SweepPlan plan = search.candidates();
    List<StrategySetup> setups = Sweep.setups(spec);
    Progress progress = new Progress(options.progress(), expectedEvaluations(spec, plan, series));
    Map<Long, ResultRow> fullData = new LinkedHashMap<>();
    long wall = 0;
    long evaluations = 0;
    long barCombos = 0;
    int rounds = 0;
    for (Batch next = search.next(); next != null; next = search.next()) {
      Batch b = next;
      List<BarSeries> recent = recent(series, b.dataShare());
      TaskLayout layout = TaskLayout.of(series.size(), b.size());
      Path roundDir = dir.resolve(ROUNDS).resolve(String.format("%03d", b.round()));
      Manifest fresh = roundManifest(outer, b, recent, layout);
      long maxFailures =
          (long) Math.floor(spec.maxFailureShare() * layout.symbols() * (double) b.size());
      TaskRun.Outcome outcome =
          TaskRun.run(
              roundDir,
              fresh,
              recent,
              setups,
              i -> plan.combination(b.id(i)),
              layout,
              maxFailures,
              progress.round(options),
              true);
      wall += outcome.stats().wallMillis();
      evaluations += outcome.stats().evaluations();
      barCombos += outcome.stats().barCombinations();
      if (!outcome.complete()) {
        outer.withProgress(0, outcome.status(), options.clock().getAsLong()).write(dir);
        return new Sweep.Result(
            outcome.status(),
            outcome.stopReason(),
            rounds,
            rounds + 1,
            new RunStats(wall, evaluations, barCombos),
            null,
            List.of());
      }
      progress.done(b.size() * (long) series.size());
      double[] scores = scores(roundDir, layout, b, spec, fullData);
      search.report(b, scores);
      rounds++;
    }
    List<ResultRow> rows = new ArrayList<>(fullData.values());
    rows.sort(Comparator.comparingInt(ResultRow::symbol).thenComparingInt(ResultRow::combination));
    consolidate(dir, rows, series.size());
    SweepInfo info = Sweep.info(spec, series, plan, outer);
    RunStats stats = new RunStats(wall, evaluations, barCombos);
    Outputs.Written written =
        Outputs.write(dir, spec, info, plan, series, series.size(), stats, false);
    outer
        .withProgress(outer.tasks(), Manifest.Status.COMPLETE, options.clock().getAsLong())
        .write(dir);
    return new Sweep.Result(
        Manifest.Status.COMPLETE, null, rounds, rounds, stats, written.report(), written.configs());
  }

  /**
   * Each batch id's score: the objective averaged over the symbols where it is a number (NaN when
   * none). Rows of full-data rounds are kept in {@code fullData}, keyed by symbol and id.
   */
  private static double[] scores(
      Path roundDir, TaskLayout layout, Batch b, SweepSpec spec, Map<Long, ResultRow> fullData) {
    double[] sum = new double[b.size()];
    int[] count = new int[b.size()];
    try (LogIndex index = LogIndex.scan(roundDir.resolve(Sweep.LOG_FILE), Metric.count())) {
      Iterator<ResultRow> rows = Sweep.rows(index, layout.count());
      int position = 0;
      while (rows.hasNext()) {
        ResultRow row = rows.next();
        int i = position++ % b.size();
        double v = row.failed() ? Double.NaN : spec.objective().value(row);
        if (!Double.isNaN(v)) {
          sum[i] += v;
          count[i]++;
        }
        if (b.dataShare() == 1) {
          fullData.put(((long) row.symbol() << 32) | row.combination(), row);
        }
      }
    }
    double[] scores = new double[b.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
    }
    return scores;
  }

  /**
   * Writes the full-data rows as the run folder's own results log, one task per symbol, so that
   * {@code nightjar report} and {@code export} read an adaptive run like any other. The log is
   * derived from the rounds' logs: written to a temporary file and renamed, rewritten on resume.
   */
  private static void consolidate(Path dir, List<ResultRow> rows, int symbols) {
    Path temp = dir.resolve(Sweep.LOG_FILE + ".tmp");
    try {
      Files.deleteIfExists(temp);
      try (ResultsLog log = ResultsLog.create(temp, Metric.count())) {
        int from = 0;
        for (int s = 0; s < symbols; s++) {
          int to = from;
          while (to < rows.size() && rows.get(to).symbol() == s) {
            to++;
          }
          log.append(s, rows.subList(from, to));
          from = to;
        }
        log.sync();
      }
      Files.move(
          temp,
          dir.resolve(Sweep.LOG_FILE),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + dir.resolve(Sweep.LOG_FILE) + ": " + e.getMessage(), e);
    }
  }

  /**
   * The trials an adaptive sweep in {@code dir} made: every evaluation that did not fail, in every
   * round, partial-data rounds included (the run folder's log holds only the full-data rows, which
   * would understate the search for the deflated Sharpe ratio); {@code -1} for other sweeps.
   */
  static int trials(Path dir) {
    Path rounds = dir.resolve(ROUNDS);
    if (!Files.isDirectory(rounds)) {
      return -1;
    }
    int trials = 0;
    try (var folders = Files.list(rounds)) {
      for (Path round : folders.sorted().toList()) {
        try (LogIndex index = LogIndex.scan(round.resolve(Sweep.LOG_FILE), Metric.count())) {
          for (int t = 0; t < index.completed().length(); t++) {
            if (index.contains(t)) {
              for (ResultRow row : index.read(t)) {
                trials += row.failed() ? 0 : 1;
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + rounds + ": " + e.getMessage(), e);
    }
    return trials;
  }

  /** The most recent {@code share} of every series' bars (at least one bar). */
  private static List<BarSeries> recent(List<BarSeries> series, double share) {
    if (share == 1) {
      return series;
    }
    List<BarSeries> out = new ArrayList<>();
    for (BarSeries s : series) {
      int n = Math.max(1, (int) Math.ceil(share * s.size()));
      out.add(s.view(s.size() - n, s.size()));
    }
    return out;
  }

  /**
   * A round's identity: the sweep's, plus the round, its data share and a hash of its ids, so that
   * resuming a round the search would now propose differently refuses instead of mixing results.
   */
  private static Manifest roundManifest(
      Manifest outer, Batch b, List<BarSeries> recent, TaskLayout layout) {
    List<String> symbols = new ArrayList<>();
    Map<String, String> fingerprints = new LinkedHashMap<>();
    for (BarSeries s : recent) {
      symbols.add(s.id().toString());
      fingerprints.put(s.id().toString(), Fingerprint.of(s));
    }
    StringBuilder ids = new StringBuilder(b.round() + ";" + b.dataShare());
    for (int i = 0; i < b.size(); i++) {
      ids.append(',').append(b.id(i));
    }
    return Manifest.start(
        outer.sweepId() + "-round-" + b.round(),
        outer.specName(),
        outer.specHash() + "/" + sha256(ids.toString()),
        outer.specFile(),
        outer.nightjarVersion(),
        outer.createdAt(),
        symbols,
        fingerprints,
        b.size(),
        layout.perTask(),
        layout.count());
  }

  private static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
    }
  }

  /** Evaluations the search will make if it uses its whole budget, for the progress bar. */
  private static long expectedEvaluations(SweepSpec spec, SweepPlan plan, List<BarSeries> series) {
    long perSymbol = 0;
    if (spec.search() instanceof SearchSpec.Halving h) {
      long n = plan.size();
      for (int r = 0; r < h.rounds() && n > 0; r++) {
        perSymbol += n;
        n = Math.max(1, (n + h.eta() - 1) / h.eta());
      }
    } else if (spec.search() instanceof SearchSpec.CmaEs c) {
      for (int s = 0; s < plan.strategyCount(); s++) {
        perSymbol += Math.min(c.budget(), plan.count(s));
      }
    }
    return perSymbol * series.size();
  }

  /** One progress bar across all rounds. */
  private static final class Progress {
    private final ProgressListener target;
    private final long expected;
    private long base;

    Progress(ProgressListener target, long expected) {
      this.target = target;
      this.expected = expected;
    }

    /** The options of one round: always resuming (a missing round folder starts afresh). */
    Sweep.Options round(Sweep.Options options) {
      long offset = base;
      return new Sweep.Options(
          options.threads(),
          true,
          options.nightjarVersion(),
          options.clock(),
          (done, total) ->
              target.progress(
                  Math.min(offset + done, Math.max(expected, offset + total)),
                  Math.max(expected, offset + total)),
          options.cancel());
    }

    void done(long evaluations) {
      base += evaluations;
    }
  }
}
