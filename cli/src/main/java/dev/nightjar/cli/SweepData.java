package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.ConfigException;
import dev.nightjar.data.Resampler;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.optimizer.json.Problems;
import dev.nightjar.optimizer.spec.DataSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The series a sweep runs on, resolved against the cache before any work starts: symbols (or {@code
 * *}, every cached symbol of the timeframe) at the spec's timeframe, or files; cut to the spec's
 * {@code [from, to)} window; sorted by {@code SYM:TF}. A missing timeframe is resampled from cached
 * 1m bars (and stored), and missing DEMO-* data is generated, each said on stderr. Anything else
 * missing is a problem at its JSON path.
 */
final class SweepData {
  private SweepData() {}

  static List<BarSeries> resolve(
      DataSelection data, Path specFile, BaseCommand command, GlobalOptions global) {
    Cache cache = global.cache();
    Problems problems = new Problems(specFile);
    List<String> entries = new ArrayList<>();
    if (data.allCached()) {
      cache.symbols(data.timeframe()).forEach(s -> entries.add(s.value()));
      if (entries.isEmpty()) {
        problems.add(
            "$.data.symbols", "no symbol is cached at " + data.timeframe() + " in " + cache.dir());
      }
    } else {
      entries.addAll(data.symbols());
    }
    List<BarSeries> series = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String path = data.allCached() ? "$.data.symbols" : "$.data.symbols[" + i + "]";
      BarSeries s =
          load(entries.get(i), data.timeframe(), specFile, command, global, path, problems);
      if (s == null) {
        continue;
      }
      BarSeries window = s.between(data.from(), data.to());
      if (window.isEmpty()) {
        problems.add(path, s.id() + " has no bars in the spec's from/to window");
      } else {
        series.add(window);
      }
    }
    problems.throwIfAny();
    series.sort(Comparator.comparing(s -> s.id().toString()));
    return series;
  }

  private static BarSeries load(
      String entry,
      Timeframe tf,
      Path specFile,
      BaseCommand command,
      GlobalOptions global,
      String path,
      Problems problems) {
    try {
      if (DataSelection.isFile(entry)) {
        Path base = specFile.toAbsolutePath().getParent();
        BarSeries s = global.cache().loadRef(base.resolve(entry).toString());
        if (s.timeframe() != tf) {
          problems.add(path, entry + " holds " + s.timeframe() + " bars, the spec asks for " + tf);
          return null;
        }
        return s;
      }
      SeriesId id = new SeriesId(Symbol.of(entry), tf);
      Cache cache = global.cache();
      if (!cache.contains(id)) {
        provide(id, cache, command);
      }
      if (!cache.contains(id)) {
        problems.add(
            path,
            id
                + " is not in the cache ("
                + cache.dir()
                + "): import it with 'nightjar data import', or resample cached 1m bars");
        return null;
      }
      return cache.load(id);
    } catch (IllegalArgumentException | dev.nightjar.data.DataException | ConfigException e) {
      problems.add(path, e.getMessage());
      return null;
    }
  }

  /** Generates missing demo data and resamples missing timeframes from cached 1m bars. */
  private static void provide(SeriesId id, Cache cache, BaseCommand command) {
    SeriesId minutes = new SeriesId(id.symbol(), Timeframe.M1);
    SynthSpec demo = SynthSpec.demo();
    if (!cache.contains(minutes) && demo.symbols().contains(id.symbol())) {
      DataSynthCommand.generate(demo, cache, command);
    }
    if (id.timeframe() != Timeframe.M1 && cache.contains(minutes)) {
      BarSeries resampled = Resampler.resample(cache.load(minutes), id.timeframe()).series();
      cache.store(resampled);
      command.note("Resampled %s to %s and cached it", minutes, id);
    }
  }
}
