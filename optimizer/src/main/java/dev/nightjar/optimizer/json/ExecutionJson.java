package dev.nightjar.optimizer.json;

import dev.nightjar.backtest.engine.CloseAtEnd;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.FillTiming;
import dev.nightjar.backtest.engine.Funding;
import dev.nightjar.backtest.engine.FundingCsv;
import dev.nightjar.backtest.engine.Sizing;
import dev.nightjar.data.DataException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Execution settings as JSON, in sweep specs and strategy configs alike: the fields are the {@code
 * nightjar backtest} options in camelCase, and a missing field keeps the engine default.
 *
 * <pre>{@code
 * {"fill": "next-open", "fee": 0.0006, "spread": 0, "slippageBps": 0, "sizing": "all-in",
 *  "lotSize": 0, "minNotional": 0, "leverage": 1, "maintenanceMargin": 0.005,
 *  "fundingRate": 0.0001 | "fundingCsv": "funding.csv" | "fundingSchedule": {"times": [...],
 *  "rates": [...]}, "stopLoss": 0, "takeProfit": 0, "trailingStop": 0, "closeAtEnd": "close",
 *  "cash": 10000}
 * }</pre>
 */
public final class ExecutionJson {
  static final Set<String> FIELDS =
      Set.of(
          "fill",
          "fee",
          "spread",
          "slippageBps",
          "sizing",
          "lotSize",
          "minNotional",
          "leverage",
          "maintenanceMargin",
          "fundingRate",
          "fundingCsv",
          "fundingSchedule",
          "stopLoss",
          "takeProfit",
          "trailingStop",
          "closeAtEnd",
          "cash");

  private ExecutionJson() {}

  /**
   * Reads settings from {@code field} (missing: all defaults), recording every problem with its
   * path; {@code fundingCsv} is resolved against {@code baseDir}.
   *
   * @return the configuration, or the defaults when there were problems (check {@link Problems})
   */
  public static EngineConfig read(JsonField field, Path baseDir) {
    EngineConfig defaults = EngineConfig.defaults();
    if (field.isMissing() || !field.requireObject(FIELDS)) {
      return defaults;
    }
    List<Setting> settings = new ArrayList<>();
    text(field, "fill", settings, (b, v) -> b.fill(parseEnum(FillTiming.class, v)));
    number(field, "fee", settings, EngineConfig.Builder::fee);
    number(field, "spread", settings, EngineConfig.Builder::spread);
    number(field, "slippageBps", settings, EngineConfig.Builder::slippageBps);
    text(field, "sizing", settings, (b, v) -> b.sizing(Sizing.parse(v)));
    number(field, "lotSize", settings, EngineConfig.Builder::lotSize);
    number(field, "minNotional", settings, EngineConfig.Builder::minNotional);
    number(field, "leverage", settings, EngineConfig.Builder::leverage);
    number(field, "maintenanceMargin", settings, EngineConfig.Builder::maintenanceMarginRate);
    number(field, "fundingRate", settings, (b, v) -> b.funding(new Funding.Constant(v)));
    text(field, "fundingCsv", settings, (b, v) -> b.funding(FundingCsv.read(baseDir.resolve(v))));
    schedule(field.get("fundingSchedule"), settings);
    number(field, "stopLoss", settings, EngineConfig.Builder::stopLoss);
    number(field, "takeProfit", settings, EngineConfig.Builder::takeProfit);
    number(field, "trailingStop", settings, EngineConfig.Builder::trailingStop);
    text(field, "closeAtEnd", settings, (b, v) -> b.closeAtEnd(parseEnum(CloseAtEnd.class, v)));
    number(field, "cash", settings, EngineConfig.Builder::cash);
    long funding =
        List.of("fundingRate", "fundingCsv", "fundingSchedule").stream()
            .filter(n -> !field.get(n).isMissing())
            .count();
    if (funding > 1) {
      field.problem("give one of fundingRate, fundingCsv and fundingSchedule");
    }
    // Each setting alone on the defaults, so that a problem is named at its own field.
    boolean ok = true;
    for (Setting s : settings) {
      ok &= s.check(defaults);
    }
    if (!ok) {
      return defaults;
    }
    EngineConfig.Builder all = defaults.toBuilder();
    for (Setting s : settings) {
      s.apply.accept(all);
    }
    try {
      return all.build();
    } catch (IllegalArgumentException e) {
      field.problem(e.getMessage());
      return defaults;
    }
  }

  /** The settings of {@code c} as a JSON-ready map (every field, defaults included). */
  public static Map<String, Object> write(EngineConfig c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fill", label(c.fill()));
    m.put("fee", c.fee());
    m.put("spread", c.spread());
    m.put("slippageBps", c.slippageBps());
    m.put("sizing", c.sizing().toString());
    m.put("lotSize", c.lotSize());
    m.put("minNotional", c.minNotional());
    m.put("leverage", c.leverage());
    m.put("maintenanceMargin", c.maintenanceMarginRate());
    if (c.funding() instanceof Funding.Constant k) {
      m.put("fundingRate", k.ratePer8h());
    } else if (c.funding() instanceof Funding.Schedule s) {
      m.put("fundingSchedule", Map.of("times", s.times(), "rates", s.rates()));
    }
    m.put("stopLoss", c.stopLoss());
    m.put("takeProfit", c.takeProfit());
    m.put("trailingStop", c.trailingStop());
    m.put("closeAtEnd", label(c.closeAtEnd()));
    m.put("cash", c.cash());
    return m;
  }

  /** {@code NEXT_OPEN} → {@code next-open}. */
  public static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
    List<String> labels = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (label(e).equals(text)) {
        return e;
      }
      labels.add(label(e));
    }
    throw new IllegalArgumentException("expected one of " + labels + ", got '" + text + "'");
  }

  private static void number(
      JsonField parent,
      String name,
      List<Setting> out,
      BiConsumer<EngineConfig.Builder, Double> set) {
    JsonField f = parent.get(name);
    Double v = f.number(null);
    if (v != null) {
      out.add(new Setting(f, b -> set.accept(b, v)));
    }
  }

  private static void text(
      JsonField parent,
      String name,
      List<Setting> out,
      BiConsumer<EngineConfig.Builder, String> set) {
    JsonField f = parent.get(name);
    String v = f.text(null);
    if (v != null) {
      out.add(new Setting(f, b -> set.accept(b, v)));
    }
  }

  private static void schedule(JsonField f, List<Setting> out) {
    if (f.isMissing() || !f.requireObject(Set.of("times", "rates"))) {
      return;
    }
    List<JsonField> t = f.get("times").elements();
    List<JsonField> r = f.get("rates").elements();
    if (t.size() != r.size()) {
      f.problem("times has " + t.size() + " values but rates has " + r.size());
      return;
    }
    long[] times = new long[t.size()];
    double[] rates = new double[r.size()];
    for (int i = 0; i < times.length; i++) {
      Long time = t.get(i).whole(null);
      Double rate = r.get(i).number(null);
      if (time == null || rate == null) {
        return;
      }
      times[i] = time;
      rates[i] = rate;
    }
    out.add(new Setting(f, b -> b.funding(new Funding.Schedule(times, rates))));
  }

  /** One field's change to the builder, checked alone so its problem carries its own path. */
  private record Setting(JsonField field, java.util.function.Consumer<EngineConfig.Builder> apply) {
    boolean check(EngineConfig defaults) {
      try {
        EngineConfig.Builder b = defaults.toBuilder();
        apply.accept(b);
        b.build();
        return true;
      } catch (IllegalArgumentException | DataException e) {
        field.problem(e.getMessage());
        return false;
      } catch (UncheckedIOException e) {
        field.problem("cannot read " + e.getCause().getMessage());
        return false;
      }
    }
  }
}
