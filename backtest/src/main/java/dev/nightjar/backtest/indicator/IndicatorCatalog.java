package dev.nightjar.backtest.indicator;

import static dev.nightjar.backtest.indicator.IndicatorInfo.Param.period;
import static dev.nightjar.backtest.indicator.IndicatorInfo.Param.real;

import dev.nightjar.backtest.indicator.IndicatorInfo.Param;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kernel by its lower-case CLI name, with parameters (defaults and ranges) and output
 * suffixes. Defaults are the usual charting ones (TA-Lib's where TA-Lib has a common default, e.g.
 * RSI 14, MACD 12/26/9, SAR 0.02/0.2; moving averages, Bollinger, CCI, Donchian and VWAP use 20;
 * the stochastic 14/3/3). All price kernels read the close unless they need high, low or volume.
 */
public final class IndicatorCatalog {
  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    single(
        "sma",
        "Simple moving average of the close",
        (in, p, o) -> Sma.compute(in.close(), i(p[0]), o[0]),
        p -> Sma.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "ema",
        "Exponential moving average of the close, SMA-seeded",
        (in, p, o) -> Ema.compute(in.close(), i(p[0]), o[0]),
        p -> Ema.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "wma",
        "Linearly weighted moving average of the close",
        (in, p, o) -> Wma.compute(in.close(), i(p[0]), o[0]),
        p -> Wma.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "dema",
        "Double exponential moving average of the close",
        (in, p, o) -> Dema.compute(in.close(), i(p[0]), o[0]),
        p -> Dema.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "tema",
        "Triple exponential moving average of the close",
        (in, p, o) -> Tema.compute(in.close(), i(p[0]), o[0]),
        p -> Tema.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "stddev",
        "Rolling population standard deviation of the close",
        (in, p, o) -> RollingStdDev.compute(in.close(), i(p[0]), o[0]),
        p -> RollingStdDev.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "zscore",
        "Rolling z-score of the close against its mean and population sd",
        (in, p, o) -> ZScore.compute(in.close(), i(p[0]), o[0]),
        p -> ZScore.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "rsi",
        "Wilder's relative strength index of the close, 0..100",
        (in, p, o) -> Rsi.compute(in.close(), i(p[0]), o[0]),
        p -> Rsi.warmup(i(p[0])),
        period("period", 14, 2));
    single(
        "trange",
        "True range",
        (in, p, o) -> TrueRange.compute(in.high(), in.low(), in.close(), o[0]),
        p -> TrueRange.warmup());
    single(
        "atr",
        "Wilder's average true range",
        (in, p, o) -> Atr.compute(in.high(), in.low(), in.close(), i(p[0]), o[0]),
        p -> Atr.warmup(i(p[0])),
        period("period", 14, 1));
    add(
        "bbands",
        "Bollinger bands: SMA of the close ± k population sd",
        List.of("upper", "middle", "lower"),
        (in, p, o) -> BollingerBands.compute(in.close(), i(p[0]), p[1], o[0], o[1], o[2]),
        p -> BollingerBands.warmup(i(p[0])),
        p -> null,
        period("period", 20, 1),
        real("k", 2, 0, 100));
    add(
        "macd",
        "MACD line, signal and histogram of the close (TA-Lib alignment)",
        List.of("line", "signal", "hist"),
        (in, p, o) -> Macd.compute(in.close(), i(p[0]), i(p[1]), i(p[2]), o[0], o[1], o[2]),
        p -> Macd.warmup(i(p[0]), i(p[1]), i(p[2])),
        p -> p[0] < p[1] ? null : "'fast' (" + fmt(p[0]) + ") must be < 'slow' (" + fmt(p[1]) + ")",
        period("fast", 12, 1),
        period("slow", 26, 2),
        period("signal", 9, 1));
    add(
        "stoch",
        "Stochastic slow %K and %D with SMA slowing, 0..100",
        List.of("k", "d"),
        (in, p, o) ->
            Stochastic.compute(
                in.high(), in.low(), in.close(), i(p[0]), i(p[1]), i(p[2]), o[0], o[1]),
        p -> Stochastic.warmup(i(p[0]), i(p[1]), i(p[2])),
        p -> null,
        period("fastK", 14, 1),
        period("slowK", 3, 1),
        period("slowD", 3, 1));
    single(
        "willr",
        "Williams %R, -100..0",
        (in, p, o) -> WilliamsR.compute(in.high(), in.low(), in.close(), i(p[0]), o[0]),
        p -> WilliamsR.warmup(i(p[0])),
        period("period", 14, 1));
    single(
        "cci",
        "Commodity channel index of the typical price",
        (in, p, o) -> Cci.compute(in.high(), in.low(), in.close(), i(p[0]), o[0]),
        p -> Cci.warmup(i(p[0])),
        period("period", 20, 1));
    single(
        "roc",
        "Rate of change of the close in percent",
        (in, p, o) -> Roc.compute(in.close(), i(p[0]), o[0]),
        p -> Roc.warmup(i(p[0])),
        period("period", 10, 1));
    single(
        "mom",
        "Momentum: close minus the close period bars ago",
        (in, p, o) -> Momentum.compute(in.close(), i(p[0]), o[0]),
        p -> Momentum.warmup(i(p[0])),
        period("period", 10, 1));
    add(
        "adx",
        "Wilder's ADX with +DI and -DI",
        List.of("adx", "plusdi", "minusdi"),
        (in, p, o) -> Adx.compute(in.high(), in.low(), in.close(), i(p[0]), o[0], o[1], o[2]),
        p -> Adx.warmup(i(p[0])),
        p -> null,
        period("period", 14, 2));
    add(
        "donchian",
        "Donchian channel: highest high, midpoint, lowest low",
        List.of("upper", "middle", "lower"),
        (in, p, o) -> Donchian.compute(in.high(), in.low(), i(p[0]), o[0], o[1], o[2]),
        p -> Donchian.warmup(i(p[0])),
        p -> null,
        period("period", 20, 1));
    add(
        "keltner",
        "Keltner channel: EMA of the close ± multiplier ATR",
        List.of("upper", "middle", "lower"),
        (in, p, o) ->
            Keltner.compute(
                in.high(), in.low(), in.close(), i(p[0]), p[1], i(p[2]), o[0], o[1], o[2]),
        p -> Keltner.warmup(i(p[0]), i(p[2])),
        p -> null,
        period("period", 20, 1),
        real("multiplier", 2, 0, 100),
        period("atrPeriod", 10, 1));
    add(
        "supertrend",
        "SuperTrend line and direction (+1/-1), TradingView's definition",
        List.of("line", "dir"),
        (in, p, o) ->
            SuperTrend.compute(in.high(), in.low(), in.close(), i(p[0]), p[1], o[0], o[1]),
        p -> SuperTrend.warmup(i(p[0])),
        p -> null,
        period("period", 10, 1),
        real("multiplier", 3, 0, 100));
    single(
        "obv",
        "On-balance volume",
        (in, p, o) -> Obv.compute(in.close(), in.volume(), o[0]),
        p -> Obv.warmup());
    single(
        "vwap",
        "Rolling volume-weighted average of the typical price",
        (in, p, o) ->
            RollingVwap.compute(in.high(), in.low(), in.close(), in.volume(), i(p[0]), o[0]),
        p -> RollingVwap.warmup(i(p[0])),
        period("period", 20, 1));
    add(
        "aroon",
        "Aroon down and up, 0..100",
        List.of("down", "up"),
        (in, p, o) -> Aroon.compute(in.high(), in.low(), i(p[0]), o[0], o[1]),
        p -> Aroon.warmup(i(p[0])),
        p -> null,
        period("period", 14, 1));
    add(
        "sar",
        "Wilder's parabolic SAR",
        List.of(""),
        (in, p, o) -> ParabolicSar.compute(in.high(), in.low(), p[0], p[1], o[0]),
        p -> ParabolicSar.warmup(),
        p ->
            p[0] <= p[1]
                ? null
                : "'acceleration' (" + fmt(p[0]) + ") must be <= 'maximum' (" + fmt(p[1]) + ")",
        real("acceleration", 0.02, 0.0001, 1),
        real("maximum", 0.2, 0.0001, 1));
    add(
        "ichimoku",
        "Ichimoku tenkan, kijun and the two leading spans (no lagging span)",
        List.of("tenkan", "kijun", "spana", "spanb"),
        (in, p, o) ->
            Ichimoku.compute(
                in.high(), in.low(), i(p[0]), i(p[1]), i(p[2]), o[0], o[1], o[2], o[3]),
        p -> Ichimoku.warmup(i(p[0]), i(p[1]), i(p[2])),
        p -> null,
        period("tenkan", 9, 1),
        period("kijun", 26, 1),
        period("senkou", 52, 1));
  }

  private IndicatorCatalog() {}

  /** Every indicator, in catalog order. */
  public static List<IndicatorInfo> all() {
    List<IndicatorInfo> all = new ArrayList<>(ENTRIES.size());
    for (Entry e : ENTRIES.values()) {
      all.add(e.info());
    }
    return List.copyOf(all);
  }

  /** The indicator named {@code name} (lower-case, as in specs). */
  public static Optional<IndicatorInfo> find(String name) {
    Entry entry = ENTRIES.get(name);
    return entry == null ? Optional.empty() : Optional.of(entry.info());
  }

  /** The entry named {@code name}, or null. */
  static Entry entry(String name) {
    return ENTRIES.get(name);
  }

  /** Input columns of a bar series, as the kernels read them. */
  record Inputs(double[] high, double[] low, double[] close, double[] volume) {}

  /** Runs a kernel on inputs with parameters in spec order, writing its outputs in order. */
  @FunctionalInterface
  interface Kernel {
    void compute(Inputs in, double[] params, double[][] out);
  }

  /** Warm-up of a kernel for parameters in spec order. */
  @FunctionalInterface
  interface Warmup {
    int of(double[] params);
  }

  /** A rule across parameters: null when satisfied, else what is wrong. */
  @FunctionalInterface
  interface Constraint {
    String violation(double[] params);
  }

  record Entry(IndicatorInfo info, Kernel kernel, Warmup warmup, Constraint constraint) {}

  private static void single(
      String name, String description, Kernel kernel, Warmup warmup, Param... params) {
    add(name, description, List.of(""), kernel, warmup, p -> null, params);
  }

  private static void add(
      String name,
      String description,
      List<String> outputs,
      Kernel kernel,
      Warmup warmup,
      Constraint constraint,
      Param... params) {
    IndicatorInfo info = new IndicatorInfo(name, description, List.of(params), outputs);
    ENTRIES.put(name, new Entry(info, kernel, warmup, constraint));
  }

  private static int i(double value) {
    return (int) value;
  }

  /** A parameter as written in specs and column names: no trailing {@code .0}. */
  static String fmt(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
