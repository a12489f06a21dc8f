package dev.nightjar.live.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.BarSeries;
import dev.nightjar.live.state.StateStore;
import dev.nightjar.optimizer.export.StrategyConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The audit trail is one JSON object per line with every order and fill of the run. */
class AuditTest {
  @TempDir Path dir;

  @Test
  void everyOrderAndFillIsAJsonLine() throws Exception {
    Logger audit = (Logger) LoggerFactory.getLogger(Audit.LOGGER);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    audit.addAppender(lines);
    audit.setLevel(Level.INFO);
    audit.setAdditive(false);
    RunnerResult r;
    try {
      BarSeries series = Replays.synthetic(31, 500);
      StrategyConfig config =
          Replays.config(
              series,
              "sma-cross",
              Direction.LONG_SHORT,
              Map.of("fast", 5.0, "slow", 20.0),
              EngineConfig.defaults());
      r = Replays.replay(config, Replays.loose(), dir, series);
    } finally {
      audit.detachAppender(lines);
      audit.setLevel(null);
      audit.setAdditive(true);
    }
    ObjectMapper json = new ObjectMapper();
    List<String> events = new ArrayList<>();
    int entries = 0;
    int exits = 0;
    for (ILoggingEvent e : lines.list) {
      JsonNode line = json.readTree(e.getFormattedMessage());
      String event = line.get("event").asText();
      events.add(event);
      if (event.equals("fill")) {
        if (line.get("entry").asBoolean()) {
          entries++;
        } else {
          exits++;
        }
      }
    }
    assertEquals("start", events.get(0));
    assertEquals("stop", events.get(events.size() - 1));
    // Each closed trade is one entry and one exit; the open position one more entry.
    assertTrue(r.trades().size() >= 5);
    assertEquals(r.trades().size(), exits);
    assertEquals(r.trades().size() + (r.position() == null ? 0 : 1), entries);
    assertEquals(
        events.stream().filter("order"::equals).count(),
        new StateStore(dir, false).load().orElseThrow().orders().size());
  }
}
