package dev.nightjar.cli;

import dev.nightjar.backtest.indicator.IndicatorCatalog;
import dev.nightjar.backtest.indicator.IndicatorInfo;
import dev.nightjar.backtest.indicator.IndicatorSpec;
import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.BarSeries;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nightjar indicators}: compute indicators over a series into one CSV. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Compute indicators over a series and write one CSV: timestamp_ms, then one column per"
          + " output (sma_20, rsi_14, bbands_20_2_upper, ...). Warm-up bars are empty cells.",
      "Conventions match TA-Lib (e.g. EMA seeded with an SMA; Wilder RSI/ATR/ADX)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar indicators --list",
      "  nightjar indicators --data DEMO-BTC:1h --spec sma:20 --spec rsi:14 --spec bbands:20,2"
          + " --out ind.csv",
      ExitCodes.HELP
    })
final class IndicatorsCommand extends BaseCommand {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Option(names = "--list", required = true, description = "list indicators and parameters")
    boolean list;

    @ArgGroup(exclusive = false)
    Compute compute;
  }

  static final class Compute {
    @Option(names = "--data", required = true, paramLabel = "SYM:TF|FILE", description = "series")
    String data;

    @Option(
        names = "--spec",
        required = true,
        paramLabel = "NAME[:P1,P2..]",
        description = "an indicator, e.g. sma:20 (repeatable; missing parameters take defaults)")
    List<String> specs;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "output CSV")
    Path out;
  }

  @Override
  public Integer call() throws Exception {
    if (mode.list) {
      list();
      return ExitCodes.OK;
    }
    Compute c = mode.compute;
    List<IndicatorSpec> specs = new ArrayList<>();
    for (String text : c.specs) {
      specs.add(IndicatorSpec.parse(text));
    }
    BarSeries series = global().cache().loadRef(c.data);
    double[] high = series.highs();
    double[] low = series.lows();
    double[] close = series.closes();
    double[] volume = series.volumes();
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (IndicatorSpec spec : specs) {
      for (Map.Entry<String, double[]> e : spec.compute(high, low, close, volume).entrySet()) {
        if (columns.put(e.getKey(), e.getValue()) != null) {
          throw new IllegalArgumentException("column " + e.getKey() + " is asked for twice");
        }
      }
    }
    write(series, columns, c.out);
    note(
        "Wrote %s rows x %d columns (%s) to %s",
        Formats.count(series.size()), columns.size(), String.join(", ", columns.keySet()), c.out);
    return ExitCodes.OK;
  }

  private void list() {
    TextTable table = new TextTable("name", "parameters (default)", "outputs", "description");
    for (IndicatorInfo info : IndicatorCatalog.all()) {
      table.row(
          info.name(),
          info.params().stream()
              .map(p -> p.name() + "=" + ParamSpec.format(p.defaultValue()))
              .collect(Collectors.joining(",")),
          info.outputs().size() == 1 && info.outputs().get(0).isEmpty()
              ? "1"
              : String.join(",", info.outputs()),
          info.description());
    }
    table.print(out());
  }

  /** timestamp_ms then the columns; finite values round-trip, NaN is an empty cell. */
  private static void write(BarSeries series, Map<String, double[]> columns, Path file)
      throws java.io.IOException {
    List<double[]> values = new ArrayList<>(columns.values());
    AtomicFile.write(
        file,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          w.write("timestamp_ms," + String.join(",", columns.keySet()) + "\n");
          StringBuilder line = new StringBuilder(256);
          for (int i = 0; i < series.size(); i++) {
            line.setLength(0);
            line.append(series.time(i));
            for (double[] v : values) {
              line.append(',');
              if (!Double.isNaN(v[i])) {
                line.append(v[i]);
              }
            }
            w.append(line).append('\n');
          }
          w.flush();
        });
  }
}
