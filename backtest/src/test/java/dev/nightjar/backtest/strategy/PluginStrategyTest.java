package dev.nightjar.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A strategy listed in META-INF/services (test resources) is found by name. */
class PluginStrategyTest {
  @Test
  void serviceLoaderFindsTheExample() {
    Strategy s = Strategies.byName("close-above-open");
    assertEquals(CloseAboveOpen.class, s.getClass());
    assertTrue(Strategies.all().containsKey("sma-cross"), "built-ins stay");
  }

  @Test
  void unknownNamesListTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Strategies.byName("nope"));
    assertTrue(e.getMessage().startsWith("unknown strategy 'nope': known are sma-cross,"));
  }
}
