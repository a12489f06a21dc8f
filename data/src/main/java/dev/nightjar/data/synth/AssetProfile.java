package dev.nightjar.data.synth;

import dev.nightjar.data.Checks;
import dev.nightjar.data.Symbol;
import java.util.Locale;

/**
 * The per-symbol parameters of the synthetic market.
 *
 * @param startPrice price at the first open (quote currency), > 0
 * @param dailyVol standard deviation of daily log returns in calm-average conditions, e.g. 0.03 = 3
 *     %, in (0, 1)
 * @param loading weight of the common market factor in the standardized 1m shock, in [0, 1); the
 *     correlation of two symbols' 1m returns is about the product of their loadings
 * @param volumePerMinute mean volume of a 1m bar (base currency), > 0
 */
public record AssetProfile(
    double startPrice, double dailyVol, double loading, double volumePerMinute) {
  public AssetProfile {
    Checks.finiteAtLeast(startPrice, Double.MIN_NORMAL, "startPrice");
    Checks.inRange(dailyVol, 1e-6, 0.999, "dailyVol");
    Checks.inRange(loading, 0, 0.999, "loading");
    Checks.finiteAtLeast(volumePerMinute, Double.MIN_NORMAL, "volumePerMinute");
  }

  /**
   * Profiles by base asset, matched on the symbol without a {@code DEMO-} prefix: BTC (40,000, 3 %
   * a day, loading 0.9), ETH (2,500, 3.5 %, 0.85), SOL (100, 5 %, 0.8), XRP (0.6, 4 %, 0.75);
   * anything else gets 100, 4 %, 0.7.
   */
  public static AssetProfile forSymbol(Symbol symbol) {
    String base = symbol.value().toUpperCase(Locale.ROOT);
    base = base.startsWith("DEMO-") ? base.substring("DEMO-".length()) : base;
    if (base.startsWith("BTC")) {
      return new AssetProfile(40_000, 0.03, 0.9, 25);
    } else if (base.startsWith("ETH")) {
      return new AssetProfile(2_500, 0.035, 0.85, 300);
    } else if (base.startsWith("SOL")) {
      return new AssetProfile(100, 0.05, 0.8, 5_000);
    } else if (base.startsWith("XRP")) {
      return new AssetProfile(0.6, 0.04, 0.75, 800_000);
    }
    return new AssetProfile(100, 0.04, 0.7, 5_000);
  }
}
