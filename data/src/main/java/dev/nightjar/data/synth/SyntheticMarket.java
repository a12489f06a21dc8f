package dev.nightjar.data.synth;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a deterministic synthetic market of 1m bars: the same {@link SynthSpec} gives the same
 * doubles on every JVM ({@link java.util.SplittableRandom} bits, {@link StrictMath} transforms, one
 * fixed draw order). No object is created per bar: the full demo (4 x 525,600 bars) takes about a
 * second.
 *
 * <p>The model, per minute t and symbol i with profile ({@link AssetProfile}) daily volatility
 * {@code D_i}, per-minute volatility {@code s_i = D_i / sqrt(1440)} and loading {@code b_i}:
 *
 * <ul>
 *   <li><b>Shocks:</b> a common market shock {@code e_t} and idiosyncratic shocks {@code e_it}, all
 *       independent Student-t with nu = 4 scaled to unit variance (fat tails); the symbol's shock
 *       is {@code u_it = b_i e_t + sqrt(1 - b_i^2) e_it}, so corr(u_i, u_j) = {@code b_i b_j}
 *       (0.6-0.77 for the demo symbols).
 *   <li><b>Volatility clustering:</b> a market-wide GARCH(1,1) variance multiplier, {@code h_{t+1}
 *       = (1 - a - b) + a h_t e_t^2 + b h_t} with a = {@value #GARCH_ALPHA}, b = {@value
 *       #GARCH_BETA} (mean 1, half-life of a shock about 140 minutes), held within [{@value
 *       #H_MIN}, {@value #H_MAX}].
 *   <li><b>Drift:</b> a market-wide {@link Regime} chain of bull, bear and range states lasting
 *       days to weeks; a trend adds {@code k D_i / 1440} per minute, a range pulls the log price
 *       back to where the range began by {@value #RANGE_PULL} of the distance per minute.
 *   <li><b>Log return:</b> {@code x_it = drift_it + s_i sqrt(h_t) u_it}; open = previous close (the
 *       first open is the profile's price), close = {@code open exp(x)}.
 *   <li><b>High and low:</b> the extremes of a Brownian bridge from 0 to x with variance {@code v =
 *       s_i^2 h_t}, drawn from its exact marginals: max = {@code (x + sqrt(x^2 - 2 v ln U)) / 2},
 *       min = {@code (x - sqrt(x^2 - 2 v ln U')) / 2} (U, U' uniform); high = {@code max(open
 *       exp(max), open, close)}, low = {@code min(open exp(min), open, close)}, so high &ge;
 *       max(open, close) &ge; min(open, close) &ge; low &gt; 0.
 *   <li><b>Volume:</b> {@code V_i sqrt(h_t) (0.3 + |u_it|) exp(q N - q^2 / 2)}, N standard normal,
 *       q = {@value #VOLUME_NOISE}: it rises with the absolute return and with the volatility.
 * </ul>
 */
public final class SyntheticMarket {
  /** GARCH reaction to the last squared market shock. */
  static final double GARCH_ALPHA = 0.04;

  /** GARCH persistence of the last variance. */
  static final double GARCH_BETA = 0.955;

  /** Lower bound of the variance multiplier. */
  static final double H_MIN = 0.05;

  /** Upper bound of the variance multiplier (a 5x volatility burst). */
  static final double H_MAX = 25;

  /** Fraction of the distance to the range level recovered per minute: half-life 12 hours. */
  static final double RANGE_PULL = 0.000962;

  /** Standard deviation of the log-normal volume noise. */
  static final double VOLUME_NOISE = 0.35;

  private static final int MINUTES_PER_DAY = 1440;

  private SyntheticMarket() {}

  /** One 1m series per symbol of {@code spec}, in the spec's order. */
  public static List<BarSeries> generate(SynthSpec spec) {
    int n = spec.bars();
    int k = spec.symbols().size();
    long[] time = new long[n]; // shared by the series: none of them can change it
    for (int t = 0; t < n; t++) {
      time[t] = spec.startMillis() + t * Timeframe.M1.millis();
    }
    double[][] open = new double[k][n];
    double[][] high = new double[k][n];
    double[][] low = new double[k][n];
    double[][] close = new double[k][n];
    double[][] volume = new double[k][n];

    AssetProfile[] profile = new AssetProfile[k];
    double[] sigma = new double[k];
    double[] idio = new double[k];
    double[] price = new double[k];
    double[] logPrice = new double[k]; // relative to the start
    double[] rangeLevel = new double[k];
    for (int i = 0; i < k; i++) {
      profile[i] = AssetProfile.forSymbol(spec.symbols().get(i));
      sigma[i] = profile[i].dailyVol() / StrictMath.sqrt(MINUTES_PER_DAY);
      idio[i] = StrictMath.sqrt(1 - profile[i].loading() * profile[i].loading());
      price[i] = profile[i].startPrice();
    }

    Draws draws = new Draws(spec.seed());
    Regime regime = Regime.RANGE;
    double h = 1;
    double volumeBias = VOLUME_NOISE * VOLUME_NOISE / 2;
    for (int t = 0; t < n; t++) {
      if (draws.uniform() < regime.leaveProbability) {
        regime = regime.next(draws.uniform());
        System.arraycopy(logPrice, 0, rangeLevel, 0, k);
      }
      double market = draws.studentT4();
      double scale = StrictMath.sqrt(h);
      for (int i = 0; i < k; i++) {
        AssetProfile p = profile[i];
        double u = p.loading() * market + idio[i] * draws.studentT4();
        double s = sigma[i] * scale;
        double drift =
            regime == Regime.RANGE
                ? -RANGE_PULL * (logPrice[i] - rangeLevel[i])
                : regime.driftSigmasPerDay * p.dailyVol() / MINUTES_PER_DAY;
        double x = drift + s * u;
        double o = price[i];
        double c = o * StrictMath.exp(x);
        double up =
            (x + StrictMath.sqrt(x * x - 2 * s * s * StrictMath.log(draws.uniformOpen()))) / 2;
        double down =
            (x - StrictMath.sqrt(x * x - 2 * s * s * StrictMath.log(draws.uniformOpen()))) / 2;
        open[i][t] = o;
        close[i][t] = c;
        high[i][t] = Math.max(o * StrictMath.exp(up), Math.max(o, c));
        low[i][t] = Math.min(o * StrictMath.exp(down), Math.min(o, c));
        volume[i][t] =
            p.volumePerMinute()
                * scale
                * (0.3 + Math.abs(u))
                * StrictMath.exp(VOLUME_NOISE * draws.normal() - volumeBias);
        price[i] = c;
        logPrice[i] += x;
      }
      h = (1 - GARCH_ALPHA - GARCH_BETA) + GARCH_ALPHA * h * market * market + GARCH_BETA * h;
      h = Math.min(H_MAX, Math.max(H_MIN, h));
    }

    List<BarSeries> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      Symbol symbol = spec.symbols().get(i);
      out.add(
          BarSeries.of(
              new SeriesId(symbol, Timeframe.M1),
              time,
              open[i],
              high[i],
              low[i],
              close[i],
              volume[i]));
    }
    return List.copyOf(out);
  }
}
