package dev.nightjar.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Points the CLI's Logback configuration ({@code logback.xml}) at the home folder in force and sets
 * the levels from {@code -v}, once the command line is parsed: log files go to {@code <home>/logs},
 * not to wherever the default home is. The values are set as system properties, which Logback reads
 * when it starts, at the first log event: a command that logs nothing never pays for starting it.
 * Only when it had already started with other values (a second command in one JVM, as in tests) is
 * the configuration reloaded.
 */
final class Logging {
  /**
   * The configuration resource, loaded explicitly so a test's logback-test.xml does not hide it.
   */
  static final String CONFIG = "/logback.xml";

  /** System property → the context property logback.xml records the value it used in. */
  private static final Map<String, String> RECORDED =
      Map.of(
          "nightjar.logs", "LOGS",
          "nightjar.console.level", "CONSOLE_LEVEL",
          "nightjar.file.level", "FILE_LEVEL");

  private Logging() {}

  /**
   * Configures Logback for {@code home} (logs in {@code home/logs}); {@code verbose} shows debug
   * lines on the console and in the file. A no-op when SLF4J is bound to another backend.
   */
  static synchronized void configure(Path home, boolean verbose) {
    Map<String, String> wanted =
        Map.of(
            "nightjar.logs", home.toAbsolutePath().resolve("logs").toString(),
            "nightjar.console.level", verbose ? "DEBUG" : "WARN",
            "nightjar.file.level", verbose ? "DEBUG" : "INFO");
    wanted.forEach(System::setProperty);
    if (!started()) {
      return; // Logback will read the properties when it starts
    }
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return;
    }
    boolean current = true;
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      current &= e.getValue().equals(context.getProperty(RECORDED.get(e.getKey())));
    }
    if (!current) {
      load(context, wanted);
    }
  }

  /**
   * Whether SLF4J has already bound its backend. SLF4J has no public question for it, so this reads
   * its initialisation state; if that cannot be read, it answers true (the check above is then
   * exact, only slower).
   */
  private static boolean started() {
    try {
      Field state = LoggerFactory.class.getDeclaredField("INITIALIZATION_STATE");
      state.setAccessible(true);
      return state.getInt(null) != 0;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
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
