package dev.nightjar.optimizer.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.ParameterSpace;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.ConfigException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import dev.nightjar.optimizer.json.ExecutionJson;
import dev.nightjar.optimizer.json.JsonField;
import dev.nightjar.optimizer.json.JsonText;
import dev.nightjar.optimizer.json.Problems;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads strategy configs ({@value StrategyConfig#SCHEMA}). Writing is deterministic
 * (fixed field order, two-space indent, {@code \n} line ends). Reading is strict: unknown fields at
 * any level, a missing required field, a wrong type, an unknown strategy, direction, metric, symbol
 * or timeframe, parameters outside the strategy's space and invalid execution settings are each a
 * problem with its JSON path, and all problems come back in one {@link ConfigException}.
 */
public final class StrategyConfigs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SCHEMA = Pattern.compile("nightjar\\.strategy-config/(\\d{1,9})");
  private static final Set<String> FIELDS =
      Set.of(
          "schema",
          "strategy",
          "direction",
          "params",
          "symbol",
          "timeframe",
          "execution",
          "metrics",
          "rank",
          "objective",
          "provenance",
          "inSample",
          "outOfSample",
          "robustness");
  private static final Set<String> IN_SAMPLE_FIELDS = Set.of("fold", "from", "to", "metrics");
  private static final Set<String> OUT_OF_SAMPLE_FIELDS = Set.of("method", "windows", "metrics");
  private static final Set<String> WINDOW_FIELDS = Set.of("fold", "from", "to");
  private static final Set<String> METHODS = Set.of("holdout", "walk-forward");
  private static final Set<String> OBJECTIVE_FIELDS = Set.of("metric", "value");
  private static final Set<String> PROVENANCE_FIELDS =
      Set.of(
          "sweepId",
          "specHash",
          "dataFingerprint",
          "dataFrom",
          "dataTo",
          "nightjarVersion",
          "createdAt");

  private StrategyConfigs() {}

  /** Writes {@code config} to {@code file} atomically. */
  public static void write(Path file, StrategyConfig config) {
    byte[] bytes = toJson(config).getBytes(StandardCharsets.UTF_8);
    AtomicFile.writeUnchecked(file, out -> out.write(bytes));
  }

  /**
   * The JSON text of {@code config}: integer parameters of the strategy as JSON integers, NaN and
   * infinite metrics as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
   *
   * @throws IllegalArgumentException when the strategy is unknown
   */
  public static String toJson(StrategyConfig config) {
    ParameterSpace space = Strategies.byName(config.strategy()).parameters();
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", StrategyConfig.SCHEMA);
    root.put("strategy", config.strategy());
    root.put("direction", config.direction().label());
    ObjectNode params = root.putObject("params");
    for (Map.Entry<String, Double> e : config.params().entrySet()) {
      int i = space.indexOf(e.getKey());
      double v = e.getValue();
      if (i >= 0 && space.specs().get(i).integer() && v == Math.rint(v)) {
        params.put(e.getKey(), (long) v);
      } else {
        params.put(e.getKey(), v);
      }
    }
    root.put("symbol", config.series().symbol().value());
    root.put("timeframe", config.series().timeframe().label());
    root.set("execution", JSON.valueToTree(ExecutionJson.write(config.execution())));
    writeMetrics(root.putObject("metrics"), config.metrics());
    root.put("rank", config.rank());
    ObjectNode objective = root.putObject("objective");
    objective.put("metric", config.objective().key());
    objective.set("value", number(config.objectiveValue()));
    Provenance p = config.provenance();
    ObjectNode provenance = root.putObject("provenance");
    provenance.put("sweepId", p.sweepId());
    provenance.put("specHash", p.specHash());
    provenance.put("dataFingerprint", p.dataFingerprint());
    provenance.put("dataFrom", p.dataFrom());
    provenance.put("dataTo", p.dataTo());
    provenance.put("nightjarVersion", p.nightjarVersion());
    provenance.put("createdAt", p.createdAt());
    if (config.inSample() != null) {
      ObjectNode in = root.putObject("inSample");
      writeWindow(in, config.inSample().window());
      writeMetrics(in.putObject("metrics"), config.inSample().metrics());
      ObjectNode out = root.putObject("outOfSample");
      out.put("method", config.outOfSample().method());
      var windows = out.putArray("windows");
      config.outOfSample().windows().forEach(w -> writeWindow(windows.addObject(), w));
      writeMetrics(out.putObject("metrics"), config.outOfSample().metrics());
    }
    if (!config.robustness().isEmpty()) {
      ObjectNode robustness = root.putObject("robustness");
      config.robustness().forEach((k, v) -> robustness.set(k, number(v)));
    }
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static void writeMetrics(ObjectNode node, Map<Metric, Double> metrics) {
    for (Map.Entry<Metric, Double> e : metrics.entrySet()) {
      node.set(e.getKey().key(), number(e.getValue()));
    }
  }

  private static void writeWindow(ObjectNode node, SampleWindow w) {
    node.put("fold", w.fold());
    node.put("from", w.from());
    node.put("to", w.to());
  }

  /**
   * Reads and validates a strategy config; a {@code fundingCsv} execution setting is resolved
   * against the file's folder.
   *
   * @throws ConfigException with every problem and its JSON path
   * @throws UncheckedIOException when the file cannot be read
   */
  public static StrategyConfig read(Path file) {
    JsonNode tree = JsonText.read(file);
    Problems problems = new Problems(file);
    JsonField root = JsonField.root(tree, problems);
    if (!root.isObject()) {
      root.problem("expected an object, got " + root.describe());
      problems.throwIfAny();
    }
    // A config of another schema is not read further: its fields would all look wrong.
    if (!checkSchema(root.get("schema"))) {
      problems.throwIfAny();
    }
    root.requireObject(FIELDS);
    Strategy strategy = strategy(root.get("strategy"));
    Direction direction = parse(root.get("direction"), Direction::parse);
    Map<String, Double> params = params(root.get("params"), strategy);
    Symbol symbol = parse(root.get("symbol"), Symbol::of);
    Timeframe timeframe = parse(root.get("timeframe"), Timeframe::parse);
    JsonField executionField = root.get("execution");
    EngineConfig execution = null;
    if (executionField.isMissing()) {
      executionField.problem("required");
    } else {
      Path dir = file.toAbsolutePath().getParent();
      execution = ExecutionJson.read(executionField, dir);
    }
    Map<Metric, Double> metrics = metrics(root.get("metrics"));
    Long rank = requiredWhole(root.get("rank"));
    if (rank != null && (rank < 1 || rank > Integer.MAX_VALUE)) {
      root.get("rank").problem("must be >= 1, got " + rank);
    }
    JsonField objectiveField = root.get("objective");
    Metric objective = null;
    Double objectiveValue = null;
    if (required(objectiveField, OBJECTIVE_FIELDS)) {
      objective = parse(objectiveField.get("metric"), Metric::byKey);
      objectiveValue = metricValue(objectiveField.get("value"), true);
    }
    Provenance provenance = provenance(root.get("provenance"));
    InSample inSample = inSample(root.get("inSample"));
    OutOfSample outOfSample = outOfSample(root.get("outOfSample"));
    if (root.get("inSample").isMissing() != root.get("outOfSample").isMissing()) {
      root.problem("inSample and outOfSample come together, or neither");
    }
    Map<String, Double> robustness = robustness(root.get("robustness"));
    problems.throwIfAny();
    return new StrategyConfig(
        strategy.name(),
        direction,
        params,
        new SeriesId(symbol, timeframe),
        execution,
        metrics,
        rank.intValue(),
        objective,
        objectiveValue,
        provenance,
        inSample,
        outOfSample,
        robustness);
  }

  /** The optional in-sample block; {@code null} when absent or invalid. */
  private static InSample inSample(JsonField field) {
    if (field.isMissing() || !field.requireObject(IN_SAMPLE_FIELDS)) {
      return null;
    }
    SampleWindow window = window(field);
    Map<Metric, Double> metrics = metrics(field.get("metrics"));
    return window == null || !field.problems().isEmpty() ? null : new InSample(window, metrics);
  }

  /** The optional out-of-sample block; {@code null} when absent or invalid. */
  private static OutOfSample outOfSample(JsonField field) {
    if (field.isMissing() || !field.requireObject(OUT_OF_SAMPLE_FIELDS)) {
      return null;
    }
    String method = field.get("method").requireText();
    if (method != null && !METHODS.contains(method)) {
      field.get("method").problem("expected holdout or walk-forward, got '" + method + "'");
    }
    JsonField list = field.get("windows");
    List<SampleWindow> windows = new ArrayList<>();
    if (list.isMissing()) {
      list.problem("required");
    } else if (!list.isArray() || list.elements().isEmpty()) {
      list.problem("expected a non-empty list of windows, got " + list.describe());
    }
    for (JsonField w : list.elements()) {
      if (w.requireObject(WINDOW_FIELDS)) {
        windows.add(window(w));
      }
    }
    Map<Metric, Double> metrics = metrics(field.get("metrics"));
    if (!field.problems().isEmpty() || windows.contains(null)) {
      return null;
    }
    return new OutOfSample(method, windows, metrics);
  }

  /** {@code fold}, {@code from}, {@code to} of an object already checked for its fields. */
  private static SampleWindow window(JsonField field) {
    Long fold = requiredWhole(field.get("fold"));
    Long from = requiredWhole(field.get("from"));
    Long to = requiredWhole(field.get("to"));
    if (fold != null && (fold < 1 || fold > Integer.MAX_VALUE)) {
      field.get("fold").problem("must be >= 1, got " + fold);
      return null;
    }
    if (from != null && to != null && from >= to) {
      field.get("to").problem("must be > from (" + from + "), got " + to);
      return null;
    }
    return fold == null || from == null || to == null
        ? null
        : new SampleWindow(fold.intValue(), from, to);
  }

  /** The optional robustness block: names to numbers (non-finite as in metrics). */
  private static Map<String, Double> robustness(JsonField field) {
    Map<String, Double> out = new TreeMap<>();
    if (field.isMissing()) {
      return out;
    }
    if (!field.isObject()) {
      field.problem("expected an object, got " + field.describe());
      return out;
    }
    for (String name : field.fieldNames()) {
      if (!name.matches(StrategyConfig.ROBUSTNESS_KEY)) {
        field.get(name).problem("expected a name matching " + StrategyConfig.ROBUSTNESS_KEY);
        continue;
      }
      Double v = metricValue(field.get(name), true);
      if (v != null) {
        out.put(name, v);
      }
    }
    return out;
  }

  /** Whether the rest may be read: the schema is version 1, or missing (a problem, not fatal). */
  private static boolean checkSchema(JsonField field) {
    String schema = field.requireText();
    if (schema == null || schema.equals(StrategyConfig.SCHEMA)) {
      return true;
    }
    Matcher m = SCHEMA.matcher(schema);
    if (m.matches() && Integer.parseInt(m.group(1)) > 1) {
      field.problem(
          "written by a newer nightjar (schema version "
              + m.group(1)
              + "); this nightjar reads "
              + StrategyConfig.SCHEMA
              + ": upgrade nightjar");
    } else {
      field.problem("expected \"" + StrategyConfig.SCHEMA + "\", got " + field.describe());
    }
    return false;
  }

  private static Strategy strategy(JsonField field) {
    return parse(field, Strategies::byName);
  }

  private static Map<String, Double> params(JsonField field, Strategy strategy) {
    Map<String, Double> params = new LinkedHashMap<>();
    if (field.isMissing()) {
      field.problem("required");
      return params;
    }
    if (strategy == null) {
      field.fieldNames().forEach(name -> field.get(name).number(null));
      return params;
    }
    ParameterSpace space = strategy.parameters();
    if (!field.requireObject(Set.copyOf(space.names()))) {
      return params;
    }
    boolean complete = true;
    for (String name : space.names()) {
      Double v = field.get(name).requireNumber();
      complete &= v != null;
      params.put(name, v);
    }
    if (complete) {
      double[] values = new double[space.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = params.get(space.names().get(i));
      }
      for (String problem : space.problems(values)) {
        field.problem(problem);
      }
    }
    return params;
  }

  private static Map<Metric, Double> metrics(JsonField field) {
    Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
    if (field.isMissing()) {
      field.problem("required");
      return metrics;
    }
    Set<String> keys = new HashSet<>();
    for (Metric m : Metric.values()) {
      keys.add(m.key());
    }
    if (!field.requireObject(keys)) {
      return metrics;
    }
    for (Metric m : Metric.values()) {
      Double v = metricValue(field.get(m.key()), false);
      if (v != null) {
        metrics.put(m, v);
      }
    }
    return metrics;
  }

  /** A number or one of the strings NaN, Infinity, -Infinity; {@code null} when absent or bad. */
  private static Double metricValue(JsonField field, boolean required) {
    if (field.isMissing()) {
      if (required) {
        field.problem("required");
      }
      return null;
    }
    if (field.isTextual()) {
      switch (field.text(null)) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          field.problem(
              "expected a number, \"NaN\", \"Infinity\" or \"-Infinity\", got " + field.describe());
          return null;
      }
    }
    return field.number(null);
  }

  private static Provenance provenance(JsonField field) {
    if (!required(field, PROVENANCE_FIELDS)) {
      return null;
    }
    String sweepId = field.get("sweepId").requireText();
    String specHash = field.get("specHash").requireText();
    String fingerprint = field.get("dataFingerprint").requireText();
    Long from = requiredWhole(field.get("dataFrom"));
    Long to = requiredWhole(field.get("dataTo"));
    String version = field.get("nightjarVersion").requireText();
    Long createdAt = requiredWhole(field.get("createdAt"));
    if (from != null && to != null && from > to) {
      field.get("dataTo").problem("must be >= dataFrom (" + from + "), got " + to);
    }
    if (!field.problems().isEmpty()) {
      return null;
    }
    return new Provenance(sweepId, specHash, fingerprint, from, to, version, createdAt);
  }

  private static Long requiredWhole(JsonField field) {
    if (field.isMissing()) {
      field.problem("required");
      return null;
    }
    return field.whole(null);
  }

  private static boolean required(JsonField field, Set<String> known) {
    if (field.isMissing()) {
      field.problem("required");
      return false;
    }
    return field.requireObject(known);
  }

  /** A required string turned into a value; a parse failure is a problem at the field. */
  private static <T> T parse(JsonField field, Function<String, T> parser) {
    String text = field.requireText();
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      field.problem(e.getMessage());
      return null;
    }
  }

  private static JsonNode number(double v) {
    return Double.isFinite(v)
        ? JSON.getNodeFactory().numberNode(v)
        : JSON.getNodeFactory().textNode(Double.toString(v));
  }
}
