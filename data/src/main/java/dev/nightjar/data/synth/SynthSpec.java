package dev.nightjar.data.synth;

import dev.nightjar.data.Checks;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.util.HashSet;
import java.util.List;

/**
 * What {@link SyntheticMarket} generates: the same spec always gives the same bars, bit for bit.
 *
 * @param seed the random seed
 * @param symbols the markets, at least one, no duplicates (their price level and volatility come
 *     from {@link AssetProfile#forSymbol})
 * @param startMillis open time of the first 1m bar, epoch ms UTC, a whole minute
 * @param bars number of 1m bars per symbol, at least 1
 */
public record SynthSpec(long seed, List<Symbol> symbols, long startMillis, int bars) {
  /** 2024-01-01T00:00:00Z. */
  private static final long DEMO_START = 1_704_067_200_000L;

  /** 365 days of minutes. */
  private static final int DEMO_BARS = 365 * 1440;

  public SynthSpec {
    symbols = List.copyOf(Checks.notNull(symbols, "symbols"));
    if (symbols.isEmpty() || new HashSet<>(symbols).size() != symbols.size()) {
      throw new IllegalArgumentException("symbols must be non-empty and distinct, got " + symbols);
    }
    if (!Timeframe.M1.isAligned(startMillis)) {
      throw new IllegalArgumentException("startMillis must be a whole minute, got " + startMillis);
    }
    Checks.atLeast(bars, 1, "bars");
  }

  /**
   * The offline demo: seed 42, DEMO-BTC, DEMO-ETH, DEMO-SOL and DEMO-XRP, one year of 1m bars
   * (525,600) from 2024-01-01T00:00Z.
   */
  public static SynthSpec demo() {
    return new SynthSpec(
        42,
        List.of(
            Symbol.of("DEMO-BTC"),
            Symbol.of("DEMO-ETH"),
            Symbol.of("DEMO-SOL"),
            Symbol.of("DEMO-XRP")),
        DEMO_START,
        DEMO_BARS);
  }
}
