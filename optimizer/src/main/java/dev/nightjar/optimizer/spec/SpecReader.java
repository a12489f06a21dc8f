package dev.nightjar.optimizer.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.io.TimeText;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.json.ExecutionJson;
import dev.nightjar.optimizer.json.JsonField;
import dev.nightjar.optimizer.json.JsonText;
import dev.nightjar.optimizer.json.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a whole spec (see {@link SweepSpec#read}), collecting every problem before throwing. */
final class SpecReader {
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "data",
          "strategies",
          "strategy",
          "params",
          "constraints",
          "direction",
          "execution",
          "search",
          "objective",
          "filters",
          "top",
          "maxFailureShare",
          "validation",
          "rankBy");

  private static final int DEFAULT_TOP = 20;
  private static final double DEFAULT_MAX_FAILURE_SHARE = 0.01;

  private SpecReader() {}

  static SweepSpec read(Path file) {
    return spec(JsonText.read(file), file);
  }

  static SweepSpec parse(String json, Path file) {
    return spec(JsonText.parse(json, file), file);
  }

  private static SweepSpec spec(JsonNode node, Path file) {
    Problems problems = new Problems(file);
    JsonField root = JsonField.root(node, problems);
    if (!root.requireObject(FIELDS)) {
      problems.throwIfAny();
    }
    String name = name(root.get("name"), file);
    DataSelection data = data(root.get("data"));
    List<StrategySpec> strategies = strategies(root);
    Path dir = file.toAbsolutePath().getParent();
    EngineConfig execution = ExecutionJson.read(root.get("execution"), dir);
    SearchSpec search = search(root.get("search"));
    Objective objective = objective(root.get("objective"));
    List<Filter> filters = filters(root.get("filters"));
    Long top = bounded(root.get("top"), (long) DEFAULT_TOP, 1, SweepSpec.MAX_TOP);
    JsonField shareField = root.get("maxFailureShare");
    Double share = shareField.number(DEFAULT_MAX_FAILURE_SHARE);
    if (share != null && !(share >= 0 && share <= 1)) {
      shareField.problem("must be in [0, 1], got " + share);
    }
    int lookback = 0;
    if (strategies != null) {
      lookback = strategies.stream().mapToInt(StrategySpec::longestLookback).max().orElse(0);
    }
    JsonField validationField = root.get("validation");
    ValidationSpec validation =
        ValidationReader.read(validationField, data == null ? null : data.timeframe(), lookback);
    RankBy rankBy =
        ValidationReader.rankBy(
            root.get("rankBy"), validation != null, !validationField.isMissing());
    problems.throwIfAny();
    return new SweepSpec(
        name,
        data,
        strategies,
        execution,
        search,
        objective,
        filters,
        top.intValue(),
        share,
        validation,
        rankBy);
  }

  private static String name(JsonField f, Path file) {
    String given = f.text(null);
    if (given == null) {
      String base = file.getFileName().toString().replaceFirst("\\.json$", "");
      String safe = base.replaceAll("[^A-Za-z0-9._-]", "-");
      return safe.isEmpty() ? "sweep" : safe.substring(0, Math.min(64, safe.length()));
    }
    if (!given.matches(SweepSpec.NAME_PATTERN)) {
      f.problem("must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-', got '" + given + "'");
    }
    return given;
  }

  private static DataSelection data(JsonField f) {
    if (f.isMissing()) {
      f.problem("required");
      return null;
    }
    if (!f.requireObject(Set.of("symbols", "timeframe", "from", "to"))) {
      return null;
    }
    List<String> symbols = symbols(f.get("symbols"));
    Timeframe timeframe = null;
    String tf = f.get("timeframe").requireText();
    if (tf != null) {
      try {
        timeframe = Timeframe.parse(tf);
      } catch (IllegalArgumentException e) {
        f.get("timeframe").problem(e.getMessage());
      }
    }
    Long from = time(f.get("from"));
    Long to = time(f.get("to"));
    if (from != null && to != null && from >= to) {
      f.get("to")
          .problem(
              "must be after from, got from "
                  + f.get("from").describe()
                  + " and to "
                  + f.get("to").describe());
      return null;
    }
    if (symbols == null || timeframe == null) {
      return null;
    }
    return new DataSelection(
        symbols, timeframe, from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to);
  }

  private static List<String> symbols(JsonField f) {
    if (f.isMissing()) {
      f.problem("required");
      return null;
    }
    if (f.isTextual()) {
      if (DataSelection.ALL.equals(f.text(null))) {
        return List.of(DataSelection.ALL);
      }
      f.problem("expected a list of symbols or \"*\", got " + f.describe());
      return null;
    }
    List<JsonField> elements = f.elements();
    if (f.isArray() && elements.isEmpty()) {
      f.problem("must list at least one symbol");
    }
    List<String> out = new ArrayList<>();
    boolean ok = f.isArray() && !elements.isEmpty();
    Set<String> seen = new HashSet<>();
    for (JsonField e : elements) {
      String text = e.requireText();
      String symbol = text == null ? null : symbol(e, text);
      if (symbol == null) {
        ok = false;
      } else if (!seen.add(symbol)) {
        e.problem("duplicate symbol '" + symbol + "'");
        ok = false;
      }
      out.add(symbol);
    }
    return ok ? out : null;
  }

  /** A symbol name normalized by {@link Symbol#of}, or a file path as given. */
  private static String symbol(JsonField e, String text) {
    if (DataSelection.ALL.equals(text)) {
      e.problem("\"*\" must be the whole symbols value, not an entry of a list");
      return null;
    }
    if (DataSelection.isFile(text)) {
      return text;
    }
    try {
      return Symbol.of(text).value();
    } catch (IllegalArgumentException ex) {
      e.problem(ex.getMessage());
      return null;
    }
  }

  /** An ISO-8601 date or date-time, UTC unless it carries an offset. */
  private static Long time(JsonField f) {
    String text = f.text(null);
    if (text == null) {
      return null;
    }
    if (text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
      try {
        return TimeText.parseMillis(text);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    f.problem(
        "expected an ISO-8601 date or date-time (UTC) such as 2024-01-31, got '" + text + "'");
    return null;
  }

  private static List<StrategySpec> strategies(JsonField root) {
    JsonField list = root.get("strategies");
    boolean shorthand = StrategyReader.FIELDS.stream().anyMatch(n -> !root.get(n).isMissing());
    List<StrategySpec> out = new ArrayList<>();
    if (list.isMissing() && shorthand) {
      out.add(StrategyReader.read(root));
    } else if (shorthand) {
      root.problem(
          "give either strategies or the single-strategy fields (strategy, params, constraints,"
              + " direction), not both");
      return null;
    } else if (list.isMissing()) {
      list.problem("required (or the single-strategy form: strategy, params, constraints)");
      return null;
    } else {
      List<JsonField> elements = list.elements();
      if (list.isArray() && elements.isEmpty()) {
        list.problem("must list at least one strategy");
      }
      for (JsonField e : elements) {
        out.add(e.requireObject(StrategyReader.FIELDS) ? StrategyReader.read(e) : null);
      }
    }
    return out.contains(null) || out.isEmpty() ? null : out;
  }

  private static SearchSpec search(JsonField f) {
    if (f.isMissing()) {
      return new SearchSpec.Grid();
    }
    if (!f.isObject()) {
      f.problem("expected an object, got " + f.describe());
      return null;
    }
    String method = f.get("method").text("grid");
    switch (method) {
      case "grid" -> {
        f.requireObject(Set.of("method"));
        return new SearchSpec.Grid();
      }
      case "random" -> {
        f.requireObject(Set.of("method", "samples", "seed"));
        Long samples = bounded(f.get("samples"), null, 1, Integer.MAX_VALUE);
        Long seed = f.get("seed").whole(0L);
        return samples == null || seed == null
            ? null
            : new SearchSpec.Random(samples.intValue(), seed);
      }
      case "halving" -> {
        f.requireObject(Set.of("method", "samples", "seed", "eta", "rounds"));
        Long samples = bounded(f.get("samples"), null, 1, Integer.MAX_VALUE);
        Long seed = f.get("seed").whole(0L);
        Long eta = bounded(f.get("eta"), 3L, 2, 10);
        Long rounds = bounded(f.get("rounds"), 3L, 1, 10);
        return samples == null || seed == null || eta == null || rounds == null
            ? null
            : new SearchSpec.Halving(samples.intValue(), seed, eta.intValue(), rounds.intValue());
      }
      case "cmaes" -> {
        f.requireObject(Set.of("method", "budget", "seed"));
        Long budget = bounded(f.get("budget"), null, 1, Integer.MAX_VALUE);
        Long seed = f.get("seed").whole(0L);
        return budget == null || seed == null
            ? null
            : new SearchSpec.CmaEs(budget.intValue(), seed);
      }
      default -> {
        f.get("method").problem("expected grid, random, halving or cmaes, got '" + method + "'");
        return null;
      }
    }
  }

  /** A whole number in {@code [min, max]}; {@code fallback} when absent, required when null. */
  private static Long bounded(JsonField f, Long fallback, long min, long max) {
    if (f.isMissing() && fallback == null) {
      f.problem("required");
      return null;
    }
    Long v = f.whole(fallback);
    if (v != null && (v < min || v > max)) {
      f.problem(
          (max == Integer.MAX_VALUE ? "must be >= " + min : "must be in [" + min + ", " + max + "]")
              + ", got "
              + v);
      return null;
    }
    return v;
  }

  private static Objective objective(JsonField f) {
    if (f.isMissing()) {
      return Objective.of(Metric.SHARPE);
    }
    if (f.isTextual()) {
      Metric m = metric(f, f.text(null));
      return m == null ? null : Objective.of(m);
    }
    if (!f.requireObject(Set.of("metric", "direction"))) {
      return null;
    }
    JsonField metricField = f.get("metric");
    String key = metricField.requireText();
    Metric m = key == null ? null : metric(metricField, key);
    JsonField d = f.get("direction");
    String direction = d.text(null);
    if (direction != null && !direction.equals("max") && !direction.equals("min")) {
      d.problem("expected max or min, got '" + direction + "'");
      return null;
    }
    if (m == null) {
      return null;
    }
    return direction == null ? Objective.of(m) : new Objective(m, direction.equals("max"));
  }

  private static Metric metric(JsonField f, String key) {
    try {
      return Metric.byKey(key);
    } catch (IllegalArgumentException e) {
      f.problem(e.getMessage());
      return null;
    }
  }

  /** One filter per metric, merged from the shortcuts and the min/max maps, by metric ordinal. */
  private static List<Filter> filters(JsonField f) {
    List<Filter> out = new ArrayList<>();
    if (f.isMissing() || !f.requireObject(Set.of("minTrades", "maxDrawdown", "min", "max"))) {
      return out;
    }
    Map<Metric, double[]> bounds = new EnumMap<>(Metric.class);
    bound(f.get("minTrades"), Metric.TRADES, 0, bounds);
    bound(f.get("maxDrawdown"), Metric.MAX_DRAWDOWN, 1, bounds);
    for (int side = 0; side < 2; side++) {
      JsonField map = f.get(side == 0 ? "min" : "max");
      if (!map.isMissing()) {
        for (String key : map.fieldNames()) {
          Metric m = metric(map.get(key), key);
          if (m != null) {
            bound(map.get(key), m, side, bounds);
          }
        }
      }
    }
    for (Map.Entry<Metric, double[]> e : bounds.entrySet()) {
      double[] b = e.getValue();
      if (b[0] > b[1]) {
        f.problem(
            "the bounds on "
                + e.getKey().key()
                + " exclude everything: min "
                + b[0]
                + " > max "
                + b[1]);
      } else {
        out.add(new Filter(e.getKey(), b[0], b[1]));
      }
    }
    return out;
  }

  /** Sets bound {@code side} (0 min, 1 max) of {@code m} from {@code f}, once per metric side. */
  private static void bound(JsonField f, Metric m, int side, Map<Metric, double[]> bounds) {
    Double v = f.number(null);
    if (v == null) {
      return;
    }
    double[] b =
        bounds.computeIfAbsent(
            m, k -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
    if (Double.isFinite(b[side])) {
      f.problem("a second " + (side == 0 ? "minimum" : "maximum") + " for " + m.key());
      return;
    }
    b[side] = v;
  }
}
