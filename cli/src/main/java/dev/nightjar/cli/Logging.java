package dev.nightjar.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Points the CLI's Logback configuration ({@code logback.xml}) at the home folder in force and sets
 * the console level from {@code -v}, once the command line is parsed: log files go to {@code
 * <home>/logs}, not to wherever the default home is. Reloads only when something changed.
 */
final class Logging {
  /**
   * The configuration resource, loaded explicitly so a test's logback-test.xml does not hide it.
   */
  static final String CONFIG = "/logback.xml";

  private static Map<String, String> applied;

  private Logging() {}

  /**
   * Reconfigures Logback for {@code home} (logs in {@code home/logs}); {@code verbose} shows debug
   * lines on the console and in the file. A no-op when SLF4J is bound to another backend.
   */
  static synchronized void configure(Path home, boolean verbose) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return;
    }
    Map<String, String> properties =
        Map.of(
            "nightjar.logs", home.toAbsolutePath().resolve("logs").toString(),
            "nightjar.console.level", verbose ? "DEBUG" : "WARN",
            "nightjar.file.level", verbose ? "DEBUG" : "INFO");
    if (Objects.equals(properties, applied)) {
      return;
    }
    load(context, properties);
    applied = properties;
  }

  /** Resets {@code context} and loads {@link #CONFIG} with the given properties. */
  static void load(LoggerContext context, Map<String, String> properties) {
    URL config = Logging.class.getResource(CONFIG);
    if (config == null) {
      throw new IllegalStateException(CONFIG + " is missing from the class path");
    }
    context.reset();
    properties.forEach(context::putProperty);
    JoranConfigurator joran = new JoranConfigurator();
    joran.setContext(context);
    try {
      joran.doConfigure(config);
    } catch (JoranException e) {
      throw new IllegalStateException("cannot load " + config + ": " + e.getMessage(), e);
    }
  }
}
