package dev.nightjar.backtest.indicator;

import dev.nightjar.backtest.indicator.IndicatorCatalog.Entry;
import dev.nightjar.backtest.indicator.IndicatorCatalog.Inputs;
import dev.nightjar.backtest.indicator.IndicatorInfo.Param;
import dev.nightjar.data.BarSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * An indicator with its parameters, parsed from {@code name[:p1,p2,...]} (e.g. {@code "rsi"},
 * {@code "bbands:20,2"}); missing trailing parameters take the catalog defaults. Its canonical text
 * ({@link #toString()}, also its identity) lists every parameter; its columns are named {@code
 * name_p1_p2[_suffix]}, numbers without a trailing {@code .0} ({@code sma_20}, {@code
 * bbands_20_2_upper}, {@code sar_0.02_0.2}).
 */
public final class IndicatorSpec {
  private final Entry entry;
  private final double[] params;

  private IndicatorSpec(Entry entry, double[] params) {
    this.entry = entry;
    this.params = params;
  }

  /**
   * Parses a spec.
   *
   * @throws IllegalArgumentException naming the spec, the parameter and what it expects
   */
  public static IndicatorSpec parse(String spec) {
    if (spec == null) {
      throw new IllegalArgumentException("indicator spec must not be null");
    }
    String text = spec.trim();
    int colon = text.indexOf(':');
    String name = (colon < 0 ? text : text.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    Entry entry = IndicatorCatalog.entry(name);
    if (entry == null) {
      throw bad(spec, "unknown indicator '" + name + "'; expected one of " + names());
    }
    List<Param> declared = entry.info().params();
    String[] given = colon < 0 ? new String[0] : text.substring(colon + 1).split(",", -1);
    if (given.length > declared.size()) {
      throw bad(
          spec,
          name
              + " takes at most "
              + declared.size()
              + " parameter(s) "
              + paramNames(declared)
              + ", got "
              + given.length);
    }
    double[] params = new double[declared.size()];
    for (int k = 0; k < params.length; k++) {
      Param p = declared.get(k);
      params[k] = k < given.length ? value(spec, p, given[k].trim()) : p.defaultValue();
    }
    String violation = entry.constraint().violation(params);
    if (violation != null) {
      throw bad(spec, violation);
    }
    return new IndicatorSpec(entry, params);
  }

  private static double value(String spec, Param p, String token) {
    String expected =
        (p.integer() ? "an integer" : "a number")
            + " in ["
            + IndicatorCatalog.fmt(p.min())
            + ", "
            + IndicatorCatalog.fmt(p.max())
            + "]";
    double v;
    try {
      v = Double.parseDouble(token);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v >= p.min() && v <= p.max()) || (p.integer() && v != Math.rint(v))) {
      throw bad(spec, "parameter '" + p.name() + "' expects " + expected + ", got '" + token + "'");
    }
    return v;
  }

  private static IllegalArgumentException bad(String spec, String problem) {
    return new IllegalArgumentException("indicator spec '" + spec + "': " + problem);
  }

  private static String names() {
    List<String> names = new ArrayList<>();
    for (IndicatorInfo info : IndicatorCatalog.all()) {
      names.add(info.name());
    }
    return String.join(", ", names);
  }

  private static String paramNames(List<Param> declared) {
    List<String> names = new ArrayList<>();
    for (Param p : declared) {
      names.add(p.name());
    }
    return "(" + String.join(", ", names) + ")";
  }

  public IndicatorInfo info() {
    return entry.info();
  }

  /** Parameter values in catalog order (a copy). */
  public double[] params() {
    return params.clone();
  }

  /** Index of the first non-NaN output for finite input. */
  public int warmup() {
    return entry.warmup().of(params);
  }

  /** Column prefix: name and parameters joined by {@code _}, e.g. {@code bbands_20_2}. */
  public String prefix() {
    StringBuilder s = new StringBuilder(entry.info().name());
    for (double p : params) {
      s.append('_').append(IndicatorCatalog.fmt(p));
    }
    return s.toString();
  }

  /** Output column names in output order. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (String suffix : entry.info().outputs()) {
      columns.add(suffix.isEmpty() ? prefix() : prefix() + "_" + suffix);
    }
    return columns;
  }

  /** Computes every output over the series' close (and high, low, volume where used). */
  public LinkedHashMap<String, double[]> compute(BarSeries series) {
    return compute(series.highs(), series.lows(), series.closes(), series.volumes());
  }

  /** Computes every output; the four arrays must have the same length and are not modified. */
  public LinkedHashMap<String, double[]> compute(
      double[] high, double[] low, double[] close, double[] volume) {
    Kernels.sameLength(close, high, "high");
    Kernels.sameLength(close, low, "low");
    Kernels.sameLength(close, volume, "volume");
    List<String> columns = columns();
    double[][] out = new double[columns.size()][close.length];
    entry.kernel().compute(new Inputs(high, low, close, volume), params, out);
    LinkedHashMap<String, double[]> result = new LinkedHashMap<>();
    for (int k = 0; k < out.length; k++) {
      result.put(columns.get(k), out[k]);
    }
    return result;
  }

  /** Canonical text, e.g. {@code bbands:20,2}; parses back to an equal spec. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(entry.info().name());
    for (int k = 0; k < params.length; k++) {
      s.append(k == 0 ? ':' : ',').append(IndicatorCatalog.fmt(params[k]));
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorSpec other
        && entry.info().name().equals(other.entry.info().name())
        && Arrays.equals(params, other.params);
  }

  @Override
  public int hashCode() {
    return 31 * entry.info().name().hashCode() + Arrays.hashCode(params);
  }
}
