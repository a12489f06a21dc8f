package dev.nightjar.cli;

import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.io.Gaps;
import dev.nightjar.data.io.TimeText;
import dev.nightjar.live.download.FetchRequest;
import dev.nightjar.live.download.FetchResult;
import dev.nightjar.live.download.KlineDownload;
import dev.nightjar.live.phemex.ClientConfig;
import dev.nightjar.live.phemex.PhemexClient;
import dev.nightjar.live.phemex.Sleeper;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code nightjar data fetch}: exchange candles into the cache, only what is missing, resumable.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Download closed candles of a Phemex USDT-M perpetual into the cache as SYMBOL:TF.",
      "Only what the cache lacks is fetched (before and after the cached range), in pages of at"
          + " most 999 bars, paced to Phemex's rate limit (10 pages a minute at the documented"
          + " budget). The still-forming bar is never stored. Each page is validated; gaps are"
          + " reported, not filled.",
      "Pages received so far are kept in cache/<tf>/<SYMBOL>.bars.part: after Ctrl-C, a crash"
          + " or a network failure, run the same command again to resume. The cache file is"
          + " replaced atomically at the end."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nightjar data fetch --symbol BTCUSDT --timeframe 1h --from 2024-01-01",
      "  nightjar data fetch --symbol ETHUSDT --timeframe 1d --from 2021-01-01 \\",
      "      --to 2024-01-01",
      "  nightjar data fetch --symbol BTCUSDT --timeframe 1h --from 2024-06-01 \\",
      "      --testnet --as BTCUSDT-TESTNET",
      ExitCodes.HELP
    })
final class DataFetchCommand extends BaseCommand {
  @Option(
      names = "--exchange",
      defaultValue = "phemex",
      paramLabel = "NAME",
      description = "the exchange; only phemex for now (default)")
  String exchange;

  @Option(
      names = "--symbol",
      required = true,
      paramLabel = "SYMBOL",
      description = "the exchange's symbol, e.g. BTCUSDT (USDT-M perpetual)")
  String symbol;

  @Option(
      names = "--timeframe",
      required = true,
      paramLabel = "TF",
      description = "bar length Phemex serves: 1m 5m 15m 30m 1h 4h 1d 1w")
  Timeframe timeframe;

  @Option(
      names = "--from",
      required = true,
      converter = Time.class,
      paramLabel = "TIME",
      description =
          "first bar wanted: 2024-01-01, 2024-01-01T12:00 (UTC unless an offset is given)"
              + " or epoch s/ms")
  long from;

  @Option(
      names = "--to",
      converter = Time.class,
      paramLabel = "TIME",
      description = "end, exclusive (same forms); default: up to the last closed bar")
  Long to;

  @Option(
      names = "--as",
      paramLabel = "SYMBOL",
      description = "cache symbol to store under (default: the exchange symbol)")
  Symbol as;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "REST base URL (default https://api.phemex.com)")
  URI baseUrl;

  @Option(names = "--testnet", description = "use Phemex's testnet (testnet-api.phemex.com)")
  boolean testnet;

  @Option(names = "--json", description = "print the fetch summary as JSON")
  boolean json;

  /** What {@code --json} prints. */
  record Summary(
      SeriesId id,
      String exchangeSymbol,
      URI baseUrl,
      long newBars,
      int bars,
      long firstTime,
      long lastTime,
      int pagesRequested,
      int pagesResumed,
      Gaps gaps,
      long warnings) {}

  /** ISO dates and times (UTC unless an offset is given) or epoch numbers, as import reads them. */
  static final class Time implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return TimeText.parseMillis(text);
    }
  }

  @Override
  public Integer call() {
    if (!"phemex".equals(exchange.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "unknown exchange '" + exchange + "': only phemex is supported");
    }
    if (testnet && baseUrl != null) {
      throw new IllegalArgumentException("give --testnet or --base-url, not both");
    }
    if (to != null && to <= from) {
      throw new IllegalArgumentException(
          "--to "
              + TimeFormat.iso(to)
              + " must be after --from "
              + TimeFormat.iso(from)
              + ": the range is empty");
    }
    URI base = baseUrl != null ? baseUrl : testnet ? ClientConfig.TESTNET : ClientConfig.MAINNET;
    PhemexClient client =
        new PhemexClient(
            PhemexClient.newHttpClient(Duration.ofSeconds(10)),
            ClientConfig.defaults(base),
            null,
            System::currentTimeMillis,
            Sleeper.system());
    SeriesId id = new SeriesId(as != null ? as : Symbol.of(symbol), timeframe);
    FetchRequest request =
        new FetchRequest(symbol, id, from, to == null ? FetchRequest.LATEST : to);
    KlineDownload download = new KlineDownload(client, global().cache());
    FetchResult result;
    try (Interrupts interrupts = Interrupts.install()) {
      try (ProgressBars.Handle bar = progressBars().start("fetch " + id, 1, "pages")) {
        result = download.fetch(request, bar, interrupts);
      }
      if (!result.complete()) {
        note(
            "interrupted after %d pages: they are kept in %s; run the same command again to"
                + " resume",
            result.pagesRequested() + result.pagesResumed(), download.partFile(id));
        interrupts.finished();
        return ExitCodes.INTERRUPTED;
      }
    }
    if (json) {
      printJson(
          new Summary(
              result.id(),
              symbol,
              base,
              result.newBars(),
              result.bars(),
              result.firstTime(),
              result.lastTime(),
              result.pagesRequested(),
              result.pagesResumed(),
              result.report().gaps(),
              warnings(result)));
    } else {
      print(result);
    }
    return ExitCodes.OK;
  }

  private void print(FetchResult r) {
    String range =
        Formats.count(r.bars())
            + " bars, "
            + TimeFormat.iso(r.firstTime())
            + " .. "
            + TimeFormat.iso(r.lastTime());
    if (r.newBars() == 0) {
      out().printf("%s is up to date: %s%n", r.id(), range);
    } else {
      out()
          .printf(
              "Fetched %s new bars of %s from Phemex %s (%s)%n",
              Formats.count(r.newBars()),
              r.id(),
              symbol,
              r.pagesResumed() > 0
                  ? r.pagesRequested() + " pages, " + r.pagesResumed() + " resumed"
                  : r.pagesRequested() + " pages");
      out().printf("  cached: %s%n", range);
    }
    GapLines.print(out(), r.report().gaps(), 0);
    long warnings = warnings(r);
    if (warnings > 0) {
      out()
          .printf(
              "  %s warnings (zero volume, spikes): see 'nightjar data validate %s'%n",
              Formats.count(warnings), r.id());
    }
    out().flush();
  }

  /** Validation warnings other than gaps (zero volume, spikes). */
  private static long warnings(FetchResult r) {
    return r.report().warningCount() - r.report().gaps().count();
  }
}
