package dev.nightjar.cli;

import dev.nightjar.backtest.engine.BacktestResult;
import dev.nightjar.backtest.engine.Engine;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.FeatureCache;
import dev.nightjar.backtest.strategy.ParameterSpace;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.data.BarSeries;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nightjar backtest}: one strategy, one parameter set, one series. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Backtest one strategy with one parameter set on one series and print its metrics.",
      "A decision on bar i's close acts from bar i+1 (--fill next-open) or at bar i's close"
          + " (--fill close). Metric definitions: see README."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar backtest --data DEMO-BTC:1h --strategy sma-cross --param fast=10 --param slow=30",
      "  nightjar backtest --data BTCUSDT:4h --strategy supertrend --leverage 3 --funding-rate 0.0001"
          + " --stop-loss 0.05 --out runs/st",
      "  nightjar strategies                  lists strategies and their parameters",
      ExitCodes.HELP
    })
final class BacktestCommand extends BaseCommand {
  @Option(names = "--data", required = true, paramLabel = "SYM:TF|FILE", description = "the series")
  String data;

  @Option(
      names = "--strategy",
      required = true,
      paramLabel = "NAME",
      description = "e.g. sma-cross")
  String strategy;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "a parameter value (repeatable); missing parameters take their defaults")
  Map<String, Double> params = new LinkedHashMap<>();

  @Option(
      names = "--direction",
      paramLabel = "long-short|long-only",
      defaultValue = "long-short",
      description = "reverse on opposite signals (default) or go flat instead of short")
  String direction;

  @Mixin EngineOptions engine;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "write stats.json, trades.csv, equity.csv")
  Path out;

  @Option(names = "--json", description = "print the metrics as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Strategy s = Strategies.byName(strategy);
    ParameterSpace space = s.parameters();
    double[] values = space.valuesOf(params);
    List<String> problems = space.problems(values);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(strategy + " parameters: " + String.join("; ", problems));
    }
    Direction dir = Direction.parse(direction);
    EngineConfig config = engine.toConfig();
    BarSeries series = global().cache().loadRef(data);
    double[] target = s.targets(new FeatureCache(series), values, dir);
    BacktestResult result = Engine.run(series, target, config);
    BacktestReport report =
        new BacktestReport(series, s.name(), space.toMap(values), dir, config, result);
    if (out != null) {
      report.write(out);
      note("Wrote stats.json, trades.csv and equity.csv to %s", out);
    }
    if (json) {
      printJson(report.stats());
    } else {
      out()
          .printf(
              "%s on %s (%s bars), %s, %s%n",
              s.name(),
              series.id(),
              Formats.count(series.size()),
              space.describe(values),
              dir.label());
      TextTable table = new TextTable("metric", "value");
      for (Metric m : Metric.values()) {
        table.row(m.key(), format(result.metrics().get(m)));
      }
      table.print(out());
    }
    return ExitCodes.OK;
  }

  /** Whole numbers as integers, others with six significant digits, NaN and infinities as such. */
  static String format(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.6g", v);
  }
}
