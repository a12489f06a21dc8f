package dev.nightjar.cli;

import dev.nightjar.backtest.engine.BacktestResult;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.BarSeries;
import dev.nightjar.optimizer.json.ExecutionJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code nightjar backtest} reports: stats as JSON, the trade list and the equity curve. */
final class BacktestReport {
  private final BarSeries series;
  private final String strategy;
  private final Map<String, Double> params;
  private final Direction direction;
  private final EngineConfig config;
  private final BacktestResult result;

  BacktestReport(
      BarSeries series,
      String strategy,
      Map<String, Double> params,
      Direction direction,
      EngineConfig config,
      BacktestResult result) {
    this.series = series;
    this.strategy = strategy;
    this.params = params;
    this.direction = direction;
    this.config = config;
    this.result = result;
  }

  /** The content of {@code stats.json}: what ran, on what, with which settings, and the metrics. */
  Map<String, Object> stats() {
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("strategy", strategy);
    stats.put("params", params);
    stats.put("direction", direction.label());
    stats.put("data", series.id().toString());
    stats.put("bars", series.size());
    stats.put("from", series.isEmpty() ? null : series.firstTime());
    stats.put("to", series.isEmpty() ? null : series.lastTime());
    stats.put("execution", ExecutionJson.write(config));
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      double v = result.metrics().get(m);
      metrics.put(m.key(), Double.isFinite(v) ? v : Double.toString(v));
    }
    stats.put("metrics", metrics);
    return stats;
  }

  /** Writes {@code stats.json}, {@code trades.csv} and {@code equity.csv} into {@code dir}. */
  void write(Path dir) throws IOException {
    AtomicFile.write(dir.resolve("stats.json"), BaseCommand.JSON.writeValueAsBytes(stats()));
    AtomicFile.write(
        dir.resolve("trades.csv"),
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          w.write(
              "entry_time,entry_bar,exit_time,exit_bar,side,units,entry_price,exit_price,pnl,"
                  + "return,fees,funding,exit_reason\n");
          for (Trade t : result.trades()) {
            w.write(
                t.entryTime()
                    + ","
                    + t.entryBar()
                    + ","
                    + t.exitTime()
                    + ","
                    + t.exitBar()
                    + ","
                    + Enums.label(t.side())
                    + ","
                    + t.units()
                    + ","
                    + t.entryPrice()
                    + ","
                    + t.exitPrice()
                    + ","
                    + t.pnl()
                    + ","
                    + t.returnPct()
                    + ","
                    + t.fees()
                    + ","
                    + t.funding()
                    + ","
                    + Enums.label(t.reason())
                    + "\n");
          }
          w.flush();
        });
    double[] equity = result.equity();
    AtomicFile.write(
        dir.resolve("equity.csv"),
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          w.write("timestamp_ms,equity\n");
          for (int i = 0; i < equity.length; i++) {
            w.write(series.time(i) + "," + equity[i] + "\n");
          }
          w.flush();
        });
  }
}
