package dev.nightjar.backtest.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters a strategy takes, in a fixed order, and the rules between them (e.g. {@code fast <
 * slow}). Parameter values travel as {@code double[]} in that order; {@link Params} wraps them with
 * names.
 */
public final class ParameterSpace {
  private final List<ParamSpec> specs;
  private final List<String> names;
  private final List<Constraint> constraints;

  /**
   * @param specs the parameters, names unique
   * @param constraints rules over the parameter names, in {@link Constraint}'s language
   */
  public ParameterSpace(List<ParamSpec> specs, List<String> constraints) {
    this.specs = List.copyOf(specs);
    List<String> n = new ArrayList<>();
    for (ParamSpec spec : this.specs) {
      if (n.contains(spec.name())) {
        throw new IllegalArgumentException("duplicate parameter '" + spec.name() + "'");
      }
      n.add(spec.name());
    }
    this.names = List.copyOf(n);
    List<Constraint> c = new ArrayList<>();
    for (String text : constraints) {
      c.add(Constraint.parse(text, names));
    }
    this.constraints = List.copyOf(c);
  }

  public List<ParamSpec> specs() {
    return specs;
  }

  public List<String> names() {
    return names;
  }

  public List<Constraint> constraints() {
    return constraints;
  }

  public int size() {
    return specs.size();
  }

  /** The position of {@code name}, or -1. */
  public int indexOf(String name) {
    return names.indexOf(name);
  }

  /** The defaults, in order. */
  public double[] defaults() {
    double[] v = new double[specs.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = specs.get(i).defaultValue();
    }
    return v;
  }

  /** Whether the values satisfy every constraint (ranges are checked by {@link #problems}). */
  public boolean satisfies(double[] values) {
    for (Constraint c : constraints) {
      if (!c.test(values)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Everything wrong with {@code values}: out-of-range or non-whole values and violated
   * constraints, one message each (empty when fine).
   */
  public List<String> problems(double[] values) {
    List<String> problems = new ArrayList<>();
    if (values.length != specs.size()) {
      problems.add("expected " + specs.size() + " parameter values, got " + values.length);
      return problems;
    }
    for (int i = 0; i < values.length; i++) {
      String p = specs.get(i).problemWith(values[i]);
      if (p != null) {
        problems.add(p);
      }
    }
    if (problems.isEmpty()) {
      for (Constraint c : constraints) {
        if (!c.test(values)) {
          problems.add("constraint '" + c.text() + "' does not hold for " + describe(values));
        }
      }
    }
    return problems;
  }

  /**
   * Builds values from a name → value map, taking defaults for missing names.
   *
   * @throws IllegalArgumentException for an unknown name, naming the known ones
   */
  public double[] valuesOf(Map<String, Double> given) {
    double[] v = defaults();
    for (Map.Entry<String, Double> e : given.entrySet()) {
      int i = indexOf(e.getKey());
      if (i < 0) {
        throw new IllegalArgumentException(
            "unknown parameter '" + e.getKey() + "': known are " + names);
      }
      v[i] = e.getValue();
    }
    return v;
  }

  /** {@code fast=10, slow=30}. */
  public String describe(double[] values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ")
          .append(names.get(i))
          .append('=')
          .append(ParamSpec.format(values[i]));
    }
    return sb.toString();
  }

  /** Name → value, in order. */
  public Map<String, Double> toMap(double[] values) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(names.get(i), values[i]);
    }
    return map;
  }
}
