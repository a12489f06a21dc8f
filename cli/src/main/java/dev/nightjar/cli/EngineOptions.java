package dev.nightjar.cli;

import dev.nightjar.backtest.engine.CloseAtEnd;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.FillTiming;
import dev.nightjar.backtest.engine.Funding;
import dev.nightjar.backtest.engine.FundingCsv;
import dev.nightjar.backtest.engine.Sizing;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The execution-engine options of {@code nightjar backtest}; each maps to one {@link EngineConfig}
 * field, and an option not given keeps the engine's default (shown in help).
 */
final class EngineOptions {
  private static final EngineConfig DEFAULTS = EngineConfig.defaults();

  @Option(
      names = "--fill",
      paramLabel = "next-open|close",
      description = "fill at the next bar's open (default) or at the signal bar's close")
  String fill;

  @Option(
      names = "--fee",
      paramLabel = "FRACTION",
      description = "fee on traded notional, entry and exit (default 0.0006 = 0.06%%)")
  Double fee;

  @Option(
      names = "--spread",
      paramLabel = "FRACTION",
      description = "entry price moved against you: x(1+s) long, x(1-s) short (default 0)")
  Double spread;

  @Option(
      names = "--slippage-bps",
      paramLabel = "BPS",
      description = "slippage against you on every fill, basis points (default 0)")
  Double slippageBps;

  @Option(
      names = "--sizing",
      paramLabel = "MODE",
      description = "all-in (default), all-in-units, fraction:F, notional:N")
  String sizing;

  @Option(
      names = "--lot-size",
      paramLabel = "UNITS",
      description = "round units down to a multiple")
  Double lotSize;

  @Option(
      names = "--min-notional",
      paramLabel = "QUOTE",
      description = "skip entries smaller than this (counted as rejected)")
  Double minNotional;

  @Option(
      names = "--leverage",
      paramLabel = "X",
      description = "leverage, isolated margin (default 1)")
  Double leverage;

  @Option(
      names = "--maintenance-margin",
      paramLabel = "RATE",
      description = "maintenance margin rate for liquidation (default 0.005)")
  Double maintenanceMargin;

  @Option(
      names = "--funding-rate",
      paramLabel = "RATE",
      description = "constant funding rate per 8 h at 00/08/16 UTC; longs pay positive rates")
  Double fundingRate;

  @Option(
      names = "--funding-csv",
      paramLabel = "FILE",
      description = "historical funding: CSV with a header, columns time (epoch or ISO) and rate")
  Path fundingCsv;

  @Option(names = "--stop-loss", paramLabel = "FRACTION", description = "stop at entry x (1 -/+ f)")
  Double stopLoss;

  @Option(
      names = "--take-profit",
      paramLabel = "FRACTION",
      description = "target at entry x (1 +/- f)")
  Double takeProfit;

  @Option(
      names = "--trailing-stop",
      paramLabel = "FRACTION",
      description = "stop trailing the best price since entry by f")
  Double trailingStop;

  @Option(
      names = "--close-at-end",
      paramLabel = "open|close|no",
      description =
          "at the end of data, close an open trade at the last open, close (default) or not")
  String closeAtEnd;

  @Option(names = "--cash", paramLabel = "QUOTE", description = "starting cash (default 10000)")
  Double cash;

  /** The engine configuration: defaults overridden by the options given. */
  EngineConfig toConfig() {
    if (fundingRate != null && fundingCsv != null) {
      throw new IllegalArgumentException("give --funding-rate or --funding-csv, not both");
    }
    EngineConfig.Builder b = DEFAULTS.toBuilder();
    if (fill != null) {
      b.fill(Enums.parse(FillTiming.class, fill, "--fill"));
    }
    if (fee != null) {
      b.fee(fee);
    }
    if (spread != null) {
      b.spread(spread);
    }
    if (slippageBps != null) {
      b.slippageBps(slippageBps);
    }
    if (sizing != null) {
      b.sizing(Sizing.parse(sizing));
    }
    if (lotSize != null) {
      b.lotSize(lotSize);
    }
    if (minNotional != null) {
      b.minNotional(minNotional);
    }
    if (leverage != null) {
      b.leverage(leverage);
    }
    if (maintenanceMargin != null) {
      b.maintenanceMarginRate(maintenanceMargin);
    }
    if (fundingRate != null) {
      b.funding(new Funding.Constant(fundingRate));
    }
    if (fundingCsv != null) {
      b.funding(FundingCsv.read(fundingCsv));
    }
    if (stopLoss != null) {
      b.stopLoss(stopLoss);
    }
    if (takeProfit != null) {
      b.takeProfit(takeProfit);
    }
    if (trailingStop != null) {
      b.trailingStop(trailingStop);
    }
    if (closeAtEnd != null) {
      b.closeAtEnd(Enums.parse(CloseAtEnd.class, closeAtEnd, "--close-at-end"));
    }
    if (cash != null) {
      b.cash(cash);
    }
    return b.build();
  }
}
