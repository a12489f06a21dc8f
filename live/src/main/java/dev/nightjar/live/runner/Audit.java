package dev.nightjar.live.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: every order, fill, rejection, error and state change of the runner, one JSON
 * object per line on the SLF4J logger {@value #LOGGER} (the CLI's Logback configuration sends it to
 * its own rolling file). Each line has {@code event} first, then the event's fields, e.g. {@code
 * {"event":"fill","time":1704070800000,"entry":true,"side":"LONG","units":0.2,...}}. Nothing secret
 * is ever passed here.
 */
public final class Audit {
  /** The logger name the audit lines go to. */
  public static final String LOGGER = "nightjar.audit";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Audit() {}

  /**
   * Logs {@code {"event": event, key1: value1, ...}}; {@code keyValues} alternate keys and values.
   */
  public static void event(String event, Object... keyValues) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("event", event);
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      line.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
    }
    try {
      LOG.info(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an audit line for " + event, e);
    }
  }
}
