package dev.nightjar.optimizer.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.strategy.Constraint;
import dev.nightjar.optimizer.Filter;
import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.json.ExecutionJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of a parsed spec: every setting after defaults were applied (each strategy
 * parameter with all its levels, every execution setting), keys sorted, no white space. Formatting
 * and spelling that parse to the same spec give the same text; any change to what runs changes it.
 * The name is left out: it labels the run but changes no result. Validation and rankBy appear only
 * when set (rankBy when not {@code is}), so older specs keep their hashes.
 */
final class CanonicalJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private CanonicalJson() {}

  static String of(
      DataSelection data,
      List<StrategySpec> strategies,
      EngineConfig execution,
      SearchSpec search,
      Objective objective,
      List<Filter> filters,
      int top,
      double maxFailureShare,
      ValidationSpec validation,
      RankBy rankBy) {
    Map<String, Object> root = new TreeMap<>();
    root.put("data", data(data));
    List<Object> s = new ArrayList<>();
    strategies.forEach(x -> s.add(strategy(x)));
    root.put("strategies", s);
    root.put("execution", ExecutionJson.write(execution));
    root.put("search", search(search));
    root.put(
        "objective", Map.of("metric", objective.metric().key(), "maximize", objective.maximize()));
    List<Object> f = new ArrayList<>();
    for (Filter filter : filters) {
      Map<String, Object> m = new TreeMap<>();
      m.put("metric", filter.metric().key());
      m.put("min", Double.isInfinite(filter.min()) ? null : filter.min());
      m.put("max", Double.isInfinite(filter.max()) ? null : filter.max());
      f.add(m);
    }
    root.put("filters", f);
    root.put("top", top);
    root.put("maxFailureShare", maxFailureShare);
    // Left out when absent, so the hashes of specs without validation are those of before.
    if (validation != null) {
      root.put("validation", validation(validation));
    }
    if (validation != null || rankBy != RankBy.IS) {
      root.put("rankBy", rankBy.label());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a spec as JSON", e);
    }
  }

  /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static Map<String, Object> data(DataSelection d) {
    Map<String, Object> m = new TreeMap<>();
    m.put("symbols", d.symbols());
    m.put("timeframe", d.timeframe().label());
    m.put("from", d.from() == Long.MIN_VALUE ? null : d.from());
    m.put("to", d.to() == Long.MAX_VALUE ? null : d.to());
    return m;
  }

  private static Map<String, Object> strategy(StrategySpec s) {
    Map<String, Object> m = new TreeMap<>();
    m.put("strategy", s.strategy().name());
    m.put("direction", s.direction().label());
    Map<String, Object> params = new TreeMap<>();
    s.params().forEach(r -> params.put(r.name(), r.levels()));
    m.put("params", params);
    m.put("constraints", s.constraints().stream().map(Constraint::text).toList());
    return m;
  }

  private static Map<String, Object> validation(ValidationSpec v) {
    Map<String, Object> m = new TreeMap<>();
    m.put("method", v.method());
    if (v instanceof ValidationSpec.Holdout h) {
      m.put("testShare", h.testShare());
    } else if (v instanceof ValidationSpec.WalkForward w) {
      m.put("trainMillis", w.trainMillis());
      m.put("testMillis", w.testMillis());
      m.put("stepMillis", w.stepMillis());
      m.put("anchored", w.anchored());
    }
    return m;
  }

  private static Map<String, Object> search(SearchSpec search) {
    Map<String, Object> m = new TreeMap<>();
    m.put("method", search.method());
    if (search instanceof SearchSpec.Random r) {
      m.put("samples", r.samples());
      m.put("seed", r.seed());
    } else if (search instanceof SearchSpec.Halving h) {
      m.put("samples", h.samples());
      m.put("seed", h.seed());
      m.put("eta", h.eta());
      m.put("rounds", h.rounds());
    } else if (search instanceof SearchSpec.CmaEs c) {
      m.put("budget", c.budget());
      m.put("seed", c.seed());
    }
    return m;
  }
}
