package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Resampled;
import dev.nightjar.data.Resampler;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightjar data resample}: aggregate cached bars to a longer timeframe. */
@Command(
    name = "resample",
    mixinStandardHelpOptions = true,
    description = {
      "Aggregate cached bars to a longer timeframe and store them as SYM:TF2.",
      "Buckets start at UTC multiples of TF2 (weeks on Mondays); open = first open, high = max,"
          + " low = min, close = last close, volume = sum. A trailing incomplete bucket is dropped."
    },
    footerHeading = "%nExample:%n",
    footer = {"  nightjar data resample DEMO-BTC:1m --to 1h", ExitCodes.HELP})
final class DataResampleCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SYM:TF", description = "cached data")
  String data;

  @Option(names = "--to", required = true, paramLabel = "TF2", description = "target timeframe")
  Timeframe to;

  @Override
  public Integer call() throws Exception {
    BarSeries source = global().cache().loadRef(data);
    Resampled result = Resampler.resample(source, to);
    BarSeries series = result.series();
    global().cache().store(series);
    out()
        .printf(
            "Resampled %s bars of %s into %s bars of %s (%s .. %s)%n",
            Formats.count(source.size()),
            source.id(),
            Formats.count(series.size()),
            series.id(),
            series.isEmpty() ? "-" : TimeFormat.iso(series.firstTime()),
            series.isEmpty() ? "-" : TimeFormat.iso(series.lastTime()));
    if (result.droppedTrailingPartial()) {
      out().println("  dropped the trailing incomplete " + to + " bucket");
    }
    out().flush();
    return ExitCodes.OK;
  }
}
