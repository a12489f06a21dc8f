package dev.nightjar.cli;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.synth.SynthSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code nightjar demo}: the embedded default that runs on a fresh machine, offline. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate the demo data set (one year of 1m bars for DEMO-BTC, DEMO-ETH, DEMO-SOL and"
          + " DEMO-XRP, seed 42) into the cache if it is not there yet, and show what it holds."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar demo",
      "  nightjar demo --home /tmp/nightjar-demo     keep the demo away from ~/.nightjar",
      ExitCodes.HELP
    })
final class DemoCommand extends BaseCommand {
  @Override
  public Integer call() {
    SynthSpec spec = SynthSpec.demo();
    Cache cache = global().cache();
    List<BarSeries> series = new ArrayList<>();
    if (spec.symbols().stream().allMatch(s -> cache.contains(new SeriesId(s, Timeframe.M1)))) {
      note("Demo data already in %s", cache.dir());
      for (Symbol s : spec.symbols()) {
        series.add(cache.load(new SeriesId(s, Timeframe.M1)));
      }
    } else {
      series = DataSynthCommand.generate(spec, cache, this);
    }
    describe(out(), series);
    out().println();
    out()
        .println(
            "Next: nightjar data list | nightjar data validate DEMO-BTC:1m |"
                + " nightjar data resample DEMO-BTC:1m --to 1h");
    out().flush();
    return ExitCodes.OK;
  }

  /**
   * One line per series: range, first and last close, change, and daily volatility (standard
   * deviation of bar log returns times the square root of bars per day).
   */
  static void describe(PrintWriter out, List<BarSeries> series) {
    TextTable table =
        new TextTable(
            "series", "bars", "from", "to", "first close", "last close", "change", "daily vol");
    for (BarSeries s : series) {
      if (s.isEmpty()) {
        continue;
      }
      double[] close = s.closes();
      double sum = 0;
      double sumSq = 0;
      for (int i = 1; i < close.length; i++) {
        double r = Math.log(close[i] / close[i - 1]);
        sum += r;
        sumSq += r * r;
      }
      int n = Math.max(1, close.length - 1);
      double variance = Math.max(0, (sumSq - sum * sum / n) / Math.max(1, n - 1));
      double barsPerDay = 86_400_000.0 / s.timeframe().millis();
      table.row(
          s.id(),
          Formats.count(s.size()),
          TimeFormat.iso(s.firstTime()),
          TimeFormat.iso(s.lastTime()),
          price(close[0]),
          price(close[close.length - 1]),
          Formats.percent(close[close.length - 1] / close[0] - 1),
          Formats.percent(Math.sqrt(variance * barsPerDay)).substring(1));
    }
    table.print(out);
  }

  /** Two decimals from 1 up, four significant digits below. */
  private static String price(double p) {
    return String.format(Locale.ROOT, Math.abs(p) >= 1 ? "%.2f" : "%.4g", p);
  }
}
