package dev.nightjar.backtest.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Every strategy nightjar knows: the built-in families plus those found by {@link ServiceLoader}.
 */
public final class Strategies {
  private static final Map<String, Strategy> ALL = load();

  private Strategies() {}

  private static Map<String, Strategy> load() {
    Map<String, Strategy> all = new LinkedHashMap<>();
    List<Strategy> found = new ArrayList<>(BuiltIn.all());
    ServiceLoader.load(Strategy.class).forEach(found::add);
    for (Strategy s : found) {
      Strategy previous = all.putIfAbsent(s.name(), s);
      if (previous != null && previous.getClass() != s.getClass()) {
        throw new IllegalStateException(
            "two strategies are named '"
                + s.name()
                + "': "
                + previous.getClass().getName()
                + " and "
                + s.getClass().getName());
      }
    }
    return Collections.unmodifiableMap(all);
  }

  /** All strategies by name, built-ins first. */
  public static Map<String, Strategy> all() {
    return ALL;
  }

  /**
   * The strategy named {@code name}.
   *
   * @throws IllegalArgumentException naming the known strategies when there is none
   */
  public static Strategy byName(String name) {
    Strategy s = ALL.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown strategy '" + name + "': known are " + String.join(", ", ALL.keySet()));
    }
    return s;
  }
}
