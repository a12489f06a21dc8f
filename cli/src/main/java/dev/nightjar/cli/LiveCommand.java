package dev.nightjar.cli;

import dev.nightjar.backtest.engine.Trade;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.live.config.LiveConfigCheck;
import dev.nightjar.live.config.RiskLimits;
import dev.nightjar.live.config.RiskLimitsFile;
import dev.nightjar.live.exchange.PhemexExchange;
import dev.nightjar.live.feed.PollingFeed;
import dev.nightjar.live.feed.Warmup;
import dev.nightjar.live.paper.PaperExchange;
import dev.nightjar.live.phemex.ClientConfig;
import dev.nightjar.live.phemex.Credentials;
import dev.nightjar.live.phemex.PhemexClient;
import dev.nightjar.live.phemex.Product;
import dev.nightjar.live.phemex.Sleeper;
import dev.nightjar.live.runner.Exchange;
import dev.nightjar.live.runner.Feed;
import dev.nightjar.live.runner.Outcome;
import dev.nightjar.live.runner.ReplayFeed;
import dev.nightjar.live.runner.Runner;
import dev.nightjar.live.runner.RunnerResult;
import dev.nightjar.live.state.PositionRecord;
import dev.nightjar.live.state.StateStore;
import dev.nightjar.optimizer.export.StrategyConfig;
import dev.nightjar.optimizer.export.StrategyConfigs;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nightjar live}: runs an exported strategy config on closed bars, paper by default. */
@Command(
    name = "live",
    description = {
      "Runs an exported strategy config on closed bars: paper trading by default (fills from the"
          + " backtest engine), with a state file, a kill switch and an audit log.",
      "The config is checked first (schema, strategy, parameters, leverage and risk limits).",
      "Bars come from --replay, or else from Phemex's klines (closed bars only, after a warm-up"
          + " of the last 1000 and the cache's older bars); with --live the orders go to Phemex (testnet with --testnet)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar live --config run/configs/rank-001-DEMO-BTC-sma-cross.json --replay DEMO-BTC:1h",
      "  nightjar live --config CONFIG --replay BTCUSDT:1h --speed 3600 --state-dir live/btc",
      "%nExit codes:%n  0    ok (the replay ended)%n  1    internal error%n  2    usage error"
          + "%n  3    invalid config, limits or state file%n  4    the kill switch stopped the"
          + " runner%n  130  interrupted (state saved; run again to resume)%n"
    })
final class LiveCommand extends BaseCommand {
  @Option(names = "--config", required = true, description = "strategy config (configs/*.json)")
  Path config;

  @Option(names = "--paper", description = "paper trading (the default)")
  boolean paper;

  @Option(names = "--live", description = "trade real money (needs the confirmation flag)")
  boolean live;

  @Option(names = "--i-understand-this-trades-real-money", description = "confirms --live")
  boolean confirmed;

  @Option(names = "--testnet", description = "Phemex testnet")
  boolean testnet;

  @Option(names = "--base-url", paramLabel = "URL", description = "exchange REST base URL")
  String baseUrl;

  @Option(
      names = "--replay",
      paramLabel = "SYM:TF|FILE",
      description = "drive the runner from cached bars instead of the exchange")
  String replay;

  @Option(
      names = "--speed",
      paramLabel = "max|N",
      defaultValue = "max",
      description = "replay speed: max, or N times real time (default: ${DEFAULT-VALUE})")
  String speed;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description = "state folder, to resume a session (default: a fresh temporary folder)")
  Path stateDir;

  @Option(names = "--credentials", paramLabel = "FILE", description = "API key file (chmod 600)")
  Path credentials;

  @Option(
      names = "--limits",
      paramLabel = "FILE",
      description = "risk limits file (default: HOME/live-limits.json when it exists)")
  Path limits;

  @Option(
      names = "--cancel-on-exit",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "cancel open orders on Ctrl-C / SIGTERM (default: on)")
  boolean cancelOnExit;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (paper && live) {
      throw new IllegalArgumentException("give --paper or --live, not both");
    }
    if (live && replay != null && !testnet && baseUrl == null) {
      throw new IllegalArgumentException(
          "--live --replay sends orders for past bars: add --testnet or --base-url (e.g. a"
              + " test exchange), or drop --live to replay on paper");
    }
    Credentials keys = live ? credentials() : null;
    StrategyConfig strategy = StrategyConfigs.read(config);
    RiskLimits riskLimits = riskLimits();
    String symbol = strategy.series().symbol().value();
    Timeframe tf = strategy.series().timeframe();
    // The exchange is contacted only after the config passed the offline checks.
    LiveConfigCheck.check(config, strategy, riskLimits, null, live);
    PhemexClient client =
        live || replay == null
            ? new PhemexClient(
                PhemexClient.newHttpClient(Duration.ofSeconds(10)),
                ClientConfig.defaults(baseUrl()),
                keys,
                System::currentTimeMillis,
                Sleeper.system())
            : null;
    Exchange exchange = new PaperExchange();
    if (client != null) {
      Map<String, Product> products = client.products();
      LiveConfigCheck.check(config, strategy, riskLimits, products, live);
      if (live) {
        Product product = products.get(symbol);
        client.syncClock();
        client.setLeverage(symbol, BigDecimal.valueOf(strategy.execution().leverage()));
        exchange = new PhemexExchange(client, product);
      }
    }
    Feed feed;
    BarSeries warmup = null;
    String source;
    if (replay != null) {
      BarSeries series = global().cache().loadRef(replay);
      if (series.timeframe() != tf) {
        throw new IllegalArgumentException(
            "--replay "
                + replay
                + " has "
                + series.timeframe()
                + " bars but the config is for "
                + tf);
      }
      feed = new ReplayFeed(series, replaySpeed());
      source = series.id() + " (" + series.size() + " bars)";
    } else {
      BarSeries last = client.klines(symbol, tf, 1000);
      BarSeries closed =
          last.view(0, last.lowerBound(System.currentTimeMillis() - tf.millis() + 1));
      Cache cache = global().cache();
      warmup = Warmup.of(cache.contains(closed.id()) ? cache.load(closed.id()) : null, closed);
      feed =
          new PollingFeed(
              limit -> client.klines(symbol, tf, limit),
              tf,
              warmup.isEmpty() ? Long.MIN_VALUE : warmup.lastTime(),
              System::currentTimeMillis,
              Sleeper.system());
      source = symbol + " " + tf + " klines (warm-up " + warmup.size() + " bars)";
    }
    Path dir =
        stateDir != null
            ? stateDir
            : replay != null
                ? Files.createTempDirectory("nightjar-replay-")
                : global().home().resolve("live").resolve(stem(config));
    note("%s %s on %s, state in %s", exchange.name(), strategy.strategy(), source, dir);
    Runner runner =
        new Runner(
            strategy,
            riskLimits,
            exchange,
            new StateStore(dir, live || replay == null),
            cancelOnExit);
    RunnerResult result;
    try (Interrupts interrupts = Interrupts.install()) {
      Thread watcher = watch(interrupts, runner);
      try {
        result = runner.run(feed, warmup);
      } finally {
        watcher.interrupt();
      }
      print(result);
      if (result.outcome() == Outcome.INTERRUPTED) {
        err().println("interrupted: " + result.message() + "; run the same command to resume");
        err().flush();
      }
    }
    switch (result.outcome()) {
      case KILLED:
        err().println("stopped: " + result.message());
        err().flush();
        return ExitCodes.KILLED;
      case INTERRUPTED:
        return ExitCodes.INTERRUPTED;
      default:
        return ExitCodes.OK;
    }
  }

  private Credentials credentials() {
    if (!confirmed) {
      throw new IllegalArgumentException(
          "--live trades real money: add --i-understand-this-trades-real-money to confirm");
    }
    return credentials != null
        ? Credentials.fromFile(credentials)
        : Credentials.fromEnv(System.getenv());
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

  private URI baseUrl() {
    if (baseUrl != null) {
      return URI.create(baseUrl);
    }
    return testnet ? ClientConfig.TESTNET : ClientConfig.MAINNET;
  }

  private RiskLimits riskLimits() {
    if (limits != null) {
      return RiskLimitsFile.read(limits);
    }
    Path home = global().home().resolve("live-limits.json");
    return Files.exists(home) ? RiskLimitsFile.read(home) : RiskLimits.defaults();
  }

  private double replaySpeed() {
    if (speed.equalsIgnoreCase("max")) {
      return 0;
    }
    try {
      double n = Double.parseDouble(speed);
      if (n > 0 && Double.isFinite(n)) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--speed must be max or a number > 0, got '" + speed + "'");
  }

  /** Hands a Ctrl-C / SIGTERM to the runner's queue; the runner saves, then the hook exits 130. */
  private static Thread watch(Interrupts interrupts, Runner runner) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (!interrupts.getAsBoolean()) {
                  Thread.sleep(50);
                }
                runner.requestStop();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "nightjar-live-signal");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void print(RunnerResult r) {
    TextTable table =
        new TextTable(
            "entry", "exit", "side", "units", "entry price", "exit price", "fees", "pnl", "reason");
    for (Trade t : r.trades()) {
      table.row(
          TimeFormat.iso(t.entryTime()),
          TimeFormat.iso(t.exitTime()),
          t.side(),
          num(t.units()),
          num(t.entryPrice()),
          num(t.exitPrice()),
          num(t.fees()),
          num(t.pnl()),
          t.reason());
    }
    table.print(out());
    PositionRecord p = r.position();
    out()
        .println(
            p == null
                ? "position: flat"
                : String.format(
                    Locale.ROOT,
                    "position: %s %s at %s since %s",
                    p.side(),
                    num(p.units()),
                    num(p.entryPrice()),
                    TimeFormat.iso(p.entryTime())));
    out()
        .printf(
            Locale.ROOT,
            "%d trades, %d bars, equity %.2f (%s)%n",
            r.trades().size(),
            r.bars(),
            r.equity(),
            r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    out().flush();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
