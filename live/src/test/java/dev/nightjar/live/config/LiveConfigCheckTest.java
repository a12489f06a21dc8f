package dev.nightjar.live.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.Sizing;
import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.ConfigException;
import dev.nightjar.data.SeriesId;
import dev.nightjar.live.phemex.Product;
import dev.nightjar.optimizer.export.Provenance;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiveConfigCheckTest {
  private static final Path FILE = Path.of("rank-001.json");

  private static StrategyConfig config(EngineConfig exec) {
    return new StrategyConfig(
        "sma-cross",
        Direction.LONG_SHORT,
        Map.of("fast", 10.0, "slow", 30.0),
        SeriesId.parse("BTCUSDT:1h"),
        exec,
        Map.of(),
        1,
        Metric.SHARPE,
        1,
        new Provenance("s", "h", "f", 0, 1, "v", 0));
  }

  private static Product product(String symbol, double maxLeverage, boolean listed) {
    return new Product(
        symbol,
        new BigDecimal("0.1"),
        new BigDecimal("0.001"),
        new BigDecimal("0.1"),
        new BigDecimal("1000000"),
        new BigDecimal("1000"),
        BigDecimal.ONE,
        BigDecimal.valueOf(maxLeverage),
        listed);
  }

  @Test
  void everyProblemAtOnceWithItsPath() {
    EngineConfig exec =
        EngineConfig.builder()
            .leverage(25)
            .maintenanceMarginRate(0.001)
            .sizing(new Sizing.Fraction(0.9))
            .stopLoss(0.3)
            .trailingStop(0.25)
            .build();
    RiskLimits limits = new RiskLimits(10, 0.5, 0.2, 0.05, 0.15, 5, true);
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                LiveConfigCheck.check(
                    FILE, config(exec), limits, Map.of("ETHUSDT", product("ETHUSDT", 50, true))));
    String m = e.getMessage();
    assertTrue(m.contains("5 problems"), m);
    assertTrue(m.contains("$.symbol: 'BTCUSDT' is not a product on the exchange"), m);
    assertTrue(m.contains("$.execution.leverage: must be <= 10 = min(hard cap 20, limits 10)"), m);
    assertTrue(m.contains("$.execution.sizing: commits 0.9 of equity"), m);
    assertTrue(m.contains("$.execution.stopLoss: must be <= 0.2"), m);
    assertTrue(m.contains("$.execution.trailingStop: must be <= 0.2"), m);
  }

  @Test
  void exchangeMaximumIsTheCapWhenLowest() {
    EngineConfig exec = EngineConfig.builder().leverage(3).build();
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                LiveConfigCheck.check(
                    FILE,
                    config(exec),
                    new RiskLimits(10, 1, 0.2, 0.05, 0.15, 5, true),
                    Map.of("BTCUSDT", product("BTCUSDT", 2, true))));
    assertTrue(
        e.getMessage()
            .endsWith(
                "$.execution.leverage: must be <= 2 = min(hard cap 20, limits 10, exchange 2), got"
                    + " 3"),
        e.getMessage());
  }

  @Test
  void delistedSymbolIsRefused() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                LiveConfigCheck.check(
                    FILE,
                    config(EngineConfig.defaults()),
                    RiskLimits.defaults(),
                    Map.of("BTCUSDT", product("BTCUSDT", 100, false))));
    assertTrue(e.getMessage().contains("$.symbol: 'BTCUSDT' is not listed"), e.getMessage());
  }

  @Test
  void withinEveryLimitPassesWithAndWithoutTheExchange() {
    EngineConfig exec =
        EngineConfig.builder().leverage(3).sizing(new Sizing.Fraction(0.5)).stopLoss(0.2).build();
    RiskLimits limits = new RiskLimits(3, 0.5, 0.2, 0.05, 0.15, 5, true);
    assertDoesNotThrow(() -> LiveConfigCheck.check(FILE, config(exec), limits, null));
    assertDoesNotThrow(
        () ->
            LiveConfigCheck.check(
                FILE, config(exec), limits, Map.of("BTCUSDT", product("BTCUSDT", 3, true))));
  }

  @Test
  void engineExitsAreRefusedWithLiveOrdersOnlyBecauseTheyWouldNotReachTheExchange() {
    EngineConfig exec =
        EngineConfig.builder().stopLoss(0.05).takeProfit(0.1).trailingStop(0.04).build();
    RiskLimits limits = RiskLimits.defaults();
    Map<String, Product> products = Map.of("BTCUSDT", product("BTCUSDT", 100, true));
    assertDoesNotThrow(() -> LiveConfigCheck.check(FILE, config(exec), limits, products, false));
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> LiveConfigCheck.check(FILE, config(exec), limits, products, true));
    String m = e.getMessage();
    assertTrue(m.contains("3 problems"), m);
    for (String name : new String[] {"stopLoss", "takeProfit", "trailingStop"}) {
      assertTrue(
          m.contains(
              "$.execution."
                  + name
                  + ": not supported with --live yet: exits would not reach the exchange"),
          m);
    }
    EngineConfig none = EngineConfig.builder().build();
    assertDoesNotThrow(() -> LiveConfigCheck.check(FILE, config(none), limits, products, true));
  }

  /** Margin per entry / starting cash: all-in 1; fraction F; notional N / (leverage · cash). */
  @ParameterizedTest
  @CsvSource({
    "all-in, 1, 1",
    "all-in-units, 2, 1",
    "fraction:0.25, 1, 0.25",
    // 4000 notional at 2x leverage needs 2000 margin out of 10,000 cash
    "notional:4000, 2, 0.2",
  })
  void positionFraction(String sizing, double leverage, double expected) {
    EngineConfig exec =
        EngineConfig.builder().sizing(Sizing.parse(sizing)).leverage(leverage).build();
    assertEquals(expected, LiveConfigCheck.positionFraction(exec), 1e-12);
  }
}
