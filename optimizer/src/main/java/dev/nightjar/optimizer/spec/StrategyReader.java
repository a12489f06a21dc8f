package dev.nightjar.optimizer.spec;

import dev.nightjar.backtest.strategy.Constraint;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import dev.nightjar.optimizer.json.JsonField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one strategy of a spec ({@code strategy}, {@code direction}, {@code params}, {@code
 * constraints}) from an object, recording every problem at its path.
 */
final class StrategyReader {
  static final Set<String> FIELDS = Set.of("strategy", "direction", "params", "constraints");

  private static final Set<String> RANGE_FIELDS = Set.of("from", "to", "step", "values");

  private StrategyReader() {}

  /**
   * @param owner the object holding the four fields (the whole spec in the single-strategy form)
   * @return the strategy, or {@code null} when there were problems
   */
  static StrategySpec read(JsonField owner) {
    int before = owner.problems().messages().size();
    Strategy strategy = null;
    String name = owner.get("strategy").requireText();
    if (name != null) {
      try {
        strategy = Strategies.byName(name);
      } catch (IllegalArgumentException e) {
        owner.get("strategy").problem(e.getMessage());
      }
    }
    Direction direction = Direction.LONG_SHORT;
    JsonField d = owner.get("direction");
    String label = d.text(null);
    if (label != null) {
      try {
        direction = Direction.parse(label);
      } catch (IllegalArgumentException e) {
        d.problem(e.getMessage());
      }
    }
    if (strategy == null) {
      return null;
    }
    List<ParamRange> params = params(owner.get("params"), strategy);
    List<Constraint> constraints = constraints(owner.get("constraints"), strategy);
    if (owner.problems().messages().size() > before) {
      return null;
    }
    long size = StrategySpec.pointCount(params);
    if (size > StrategySpec.MAX_GRID_POINTS) {
      owner.problem(
          "the grid has "
              + size
              + " points, more than the limit of "
              + StrategySpec.MAX_GRID_POINTS
              + "; use fewer levels");
      return null;
    }
    StrategySpec spec = new StrategySpec(strategy, direction, params, constraints);
    if (!spec.anyValid()) {
      owner.problem("no parameter combination satisfies the constraints");
      return null;
    }
    return spec;
  }

  private static List<ParamRange> params(JsonField field, Strategy strategy) {
    List<String> names = strategy.parameters().names();
    if (!field.isMissing()) {
      for (String given : field.fieldNames()) {
        if (!names.contains(given)) {
          field
              .get(given)
              .problem("unknown parameter of " + strategy.name() + "; known are " + names);
        }
      }
    }
    List<ParamRange> ranges = new ArrayList<>();
    for (ParamSpec p : strategy.parameters().specs()) {
      JsonField f = field.get(p.name());
      ParamRange r =
          f.isMissing() ? ParamRange.of(p.name(), p.defaultValue()) : range(f, p, strategy.name());
      if (r != null) {
        ranges.add(r);
      }
    }
    return ranges;
  }

  /** A number (one level), {@code {"values": [...]}} or {@code {"from", "to", "step"}}. */
  private static ParamRange range(JsonField f, ParamSpec p, String strategy) {
    if (f.node().isNumber()) {
      Double v = f.number(null);
      return v != null && level(f, v, p, strategy) ? ParamRange.of(p.name(), v) : null;
    }
    if (!f.requireObject(RANGE_FIELDS)) {
      return null;
    }
    JsonField values = f.get("values");
    if (!values.isMissing()) {
      if (!f.get("from").isMissing() || !f.get("to").isMissing() || !f.get("step").isMissing()) {
        f.problem("give either values or from, to and step, not both");
        return null;
      }
      return values(values, p, strategy);
    }
    Double from = f.get("from").requireNumber();
    Double to = f.get("to").requireNumber();
    Double step = f.get("step").number(p.step());
    boolean ok = from != null && level(f.get("from"), from, p, strategy);
    ok &= to != null && level(f.get("to"), to, p, strategy);
    if (step != null && !(step > 0)) {
      f.get("step").problem("must be > 0, got " + ParamSpec.format(step));
      ok = false;
    } else if (step != null && p.integer() && step != Math.rint(step)) {
      f.get("step").problem("a whole number is required, got " + ParamSpec.format(step));
      ok = false;
    }
    if (!ok || step == null) {
      return null;
    }
    if (from > to) {
      f.problem("empty range: from " + ParamSpec.format(from) + " > to " + ParamSpec.format(to));
      return null;
    }
    BigDecimal a = BigDecimal.valueOf(from);
    BigDecimal b = BigDecimal.valueOf(to);
    BigDecimal s = BigDecimal.valueOf(step);
    long n = ParamRange.count(a, b, s);
    if (n > StrategySpec.MAX_GRID_POINTS) {
      f.problem(
          "the range has " + n + " levels, more than the limit of " + StrategySpec.MAX_GRID_POINTS);
      return null;
    }
    return ParamRange.stepped(p.name(), a, b, s);
  }

  private static ParamRange values(JsonField field, ParamSpec p, String strategy) {
    List<JsonField> elements = field.elements();
    if (field.isArray() && elements.isEmpty()) {
      field.problem("must not be empty");
      return null;
    }
    double[] levels = new double[elements.size()];
    boolean ok = field.isArray();
    Set<Double> seen = new HashSet<>();
    for (int i = 0; i < levels.length; i++) {
      JsonField e = elements.get(i);
      Double v = e.requireNumber();
      if (v == null || !level(e, v, p, strategy)) {
        ok = false;
        continue;
      }
      if (!seen.add(v)) {
        e.problem("duplicate value " + ParamSpec.format(v));
        ok = false;
      }
      levels[i] = v;
    }
    return ok ? ParamRange.of(p.name(), levels) : null;
  }

  /** Whether {@code v} is an allowed value of {@code p}; else a problem at {@code f}. */
  private static boolean level(JsonField f, double v, ParamSpec p, String strategy) {
    if (!(v >= p.min() && v <= p.max())) {
      f.problem(
          "must be in "
              + strategy
              + "'s range ["
              + ParamSpec.format(p.min())
              + ", "
              + ParamSpec.format(p.max())
              + "], got "
              + ParamSpec.format(v));
      return false;
    }
    if (p.integer() && v != Math.rint(v)) {
      f.problem("a whole number is required, got " + ParamSpec.format(v));
      return false;
    }
    return true;
  }

  private static List<Constraint> constraints(JsonField field, Strategy strategy) {
    List<Constraint> out = new ArrayList<>();
    if (field.isMissing()) {
      return out;
    }
    for (JsonField e : field.elements()) {
      String text = e.requireText();
      if (text != null) {
        try {
          out.add(Constraint.parse(text, strategy.parameters().names()));
        } catch (IllegalArgumentException ex) {
          e.problem(ex.getMessage());
        }
      }
    }
    return out;
  }
}
