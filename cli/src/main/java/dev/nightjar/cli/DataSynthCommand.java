package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nightjar data synth}: deterministic synthetic 1m markets into the cache. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Generate deterministic synthetic 1m bars (regime-switching drift, volatility clustering,"
          + " fat tails, cross-symbol correlation) into the cache as SYM:1m.",
      "The same seed and options always give byte-identical cache files."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar data synth                          the demo set: 4 symbols, 365 days",
      "  nightjar data synth --seed 7 --symbols TEST-A,TEST-B --days 30",
      ExitCodes.HELP
    })
final class DataSynthCommand extends BaseCommand {
  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--symbols",
      split = ",",
      defaultValue = "DEMO-BTC,DEMO-ETH,DEMO-SOL,DEMO-XRP",
      description = "symbols to generate (default: ${DEFAULT-VALUE})")
  List<Symbol> symbols;

  @Option(
      names = "--start",
      defaultValue = "2024-01-01",
      description = "first day, UTC (default: ${DEFAULT-VALUE})")
  LocalDate start;

  @Option(
      names = "--days",
      defaultValue = "365",
      description = "days of 1m bars (default: ${DEFAULT-VALUE})")
  int days;

  @Override
  public Integer call() throws Exception {
    if (days < 1 || days > 3660) {
      throw new IllegalArgumentException("--days must be in [1, 3660], got " + days);
    }
    SynthSpec spec =
        new SynthSpec(
            seed,
            symbols,
            start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
            days * 1440);
    List<BarSeries> generated = generate(spec, global().cache(), this);
    DemoCommand.describe(out(), generated);
    return ExitCodes.OK;
  }

  /** Generates {@code spec} and stores every series, with a progress bar; shared with demo. */
  static List<BarSeries> generate(SynthSpec spec, Cache cache, BaseCommand command) {
    command.note(
        "Generating %s 1m bars for %s symbols (seed %d)...",
        Formats.count(spec.bars()), spec.symbols().size(), spec.seed());
    List<BarSeries> series = SyntheticMarket.generate(spec);
    try (ProgressBars.Handle bar =
        command.progressBars().start("caching", series.size(), "series")) {
      for (int i = 0; i < series.size(); i++) {
        cache.store(series.get(i));
        bar.progress(i + 1, series.size());
      }
    }
    return series;
  }
}
