package dev.nightjar.optimizer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightjar.backtest.engine.CloseAtEnd;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.engine.FillTiming;
import dev.nightjar.backtest.engine.Funding;
import dev.nightjar.backtest.engine.Sizing;
import dev.nightjar.data.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExecutionJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SPEC = Path.of("spec.json");

  private static EngineConfig read(String json) throws Exception {
    Problems problems = new Problems(SPEC);
    EngineConfig c =
        ExecutionJson.read(
            JsonField.root(JSON.readTree(json), problems).get("execution"), Path.of("."));
    problems.throwIfAny();
    return c;
  }

  @Test
  void readsEveryFieldAndKeepsDefaultsForTheRest() throws Exception {
    EngineConfig c =
        read(
            "{\"execution\": {\"fill\": \"close\", \"fee\": 0.001, \"spread\": 0.0002,"
                + " \"slippageBps\": 3, \"sizing\": \"fraction:0.5\", \"leverage\": 3,"
                + " \"fundingRate\": 0.0001, \"stopLoss\": 0.05, \"closeAtEnd\": \"no\","
                + " \"cash\": 5000}}");
    EngineConfig expected =
        EngineConfig.defaults().toBuilder()
            .fill(FillTiming.CLOSE)
            .fee(0.001)
            .spread(0.0002)
            .slippageBps(3)
            .sizing(new Sizing.Fraction(0.5))
            .leverage(3)
            .funding(new Funding.Constant(0.0001))
            .stopLoss(0.05)
            .closeAtEnd(CloseAtEnd.NO)
            .cash(5000)
            .build();
    assertEquals(expected, c);
    assertEquals(EngineConfig.defaults(), read("{}"));
  }

  @Test
  void writtenSettingsReadBackEqual() throws Exception {
    EngineConfig c =
        EngineConfig.defaults().toBuilder()
            .sizing(new Sizing.AllInUnits())
            .funding(new Funding.Schedule(new long[] {0, 28_800_000}, new double[] {1e-4, -2e-4}))
            .trailingStop(0.1)
            .build();
    String json = "{\"execution\": " + JSON.writeValueAsString(ExecutionJson.write(c)) + "}";
    assertEquals(c, read(json));
  }

  @Test
  void everyProblemIsNamedAtItsPath() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                read(
                    "{\"execution\": {\"fee\": -1, \"fil\": \"close\", \"sizing\": \"most\","
                        + " \"cash\": \"lots\", \"fundingRate\": 0.1, \"fundingCsv\": \"f.csv\"}}"));
    String m = e.getMessage();
    assertEquals(
        "spec.json: 6 problems:\n"
            + "  $.execution.fil: unknown field; expected one of [cash, closeAtEnd, fee, fill,"
            + " fundingCsv, fundingRate, fundingSchedule, leverage, lotSize, maintenanceMargin,"
            + " minNotional, sizing, slippageBps, spread, stopLoss, takeProfit, trailingStop]",
        m.substring(0, m.indexOf('\n', m.indexOf('\n') + 1)));
    for (String expected :
        new String[] {
          "$.execution.cash: expected a number, got \"lots\"",
          "$.execution: give one of fundingRate, fundingCsv and fundingSchedule",
          "$.execution.fee: ",
          "$.execution.sizing: "
        }) {
      assertEquals(true, m.contains(expected), () -> "missing '" + expected + "' in " + m);
    }
  }
}
