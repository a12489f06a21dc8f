package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CLI's logback.xml: where the files go, what the audit log holds, and that it is bounded. */
class LoggingTest {
  @TempDir Path home;

  @Test
  void aCommandLogsUnderItsHomeAndTheAuditLogIsJsonLinesOfItsOwn() throws Exception {
    // Logback already running (here with the tests' console-only configuration), as after an
    // earlier command in the same JVM: the command reloads logback.xml for its home.
    LoggerFactory.getILoggerFactory();
    assertEquals(0, CliRun.inHome(home, "data", "list").code());
    Logger app = LoggerFactory.getLogger("dev.nightjar.test");
    app.info("an info line");
    app.debug("a debug line");
    app.warn("request headers x-phemex-access-token: my-key x-phemex-request-signature=abc123");
    LoggerFactory.getLogger("nightjar.audit")
        .atInfo()
        .addKeyValue("clOrdID", "run1-1700000000-1")
        .addKeyValue("side", "Buy")
        .log("order placed");

    String log = Files.readString(home.resolve("logs/nightjar.log"));
    assertTrue(log.contains("INFO  [main] dev.nightjar.test - an info line"), log);
    assertFalse(log.contains("a debug line"), "debug lines only with -v");
    assertTrue(
        log.contains("x-phemex-access-token=*** x-phemex-request-signature=***"),
        "header values are masked: " + log);
    assertFalse(log.contains("my-key") || log.contains("abc123"), log);
    assertFalse(log.contains("order placed"), "audit events stay in the audit log");

    List<String> audit = Files.readAllLines(home.resolve("logs/audit.jsonl"));
    assertEquals(1, audit.size(), audit.toString());
    JsonNode event = new ObjectMapper().readTree(audit.get(0));
    assertEquals("order placed", event.get("formattedMessage").asText());
    assertEquals("nightjar.audit", event.get("loggerName").asText());
    assertEquals("INFO", event.get("level").asText());
    assertTrue(event.get("timestamp").asLong() > 0);
    assertEquals(
        "{\"clOrdID\":\"run1-1700000000-1\"},{\"side\":\"Buy\"}",
        event.get("kvpList").toString().replaceAll("^\\[|\\]$", ""));
  }

  @Test
  void verboseAddsDebugLinesToTheFile() throws Exception {
    assertEquals(0, CliRun.inHome(home, "data", "list", "-v").code());
    LoggerFactory.getLogger("dev.nightjar.test").debug("a debug line");
    assertTrue(Files.readString(home.resolve("logs/nightjar.log")).contains("a debug line"));
    CliRun.inHome(home, "data", "list"); // back to the default for the other tests
  }

  private static LoggerContext freshContext() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    return context;
  }

  @Test
  void bothFilesRollBySizeAndTimeWithHistoryAndTotalSizeCaps() throws Exception {
    LoggerContext context = freshContext();
    Logging.load(context, Map.of("nightjar.logs", home.resolve("logs").toString()));
    for (String name : List.of("FILE", "AUDIT")) {
      Appender<?> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(name);
      if (appender == null) {
        appender = context.getLogger("nightjar.audit").getAppender(name);
      }
      RollingFileAppender<?> rolling = (RollingFileAppender<?>) appender;
      SizeAndTimeBasedRollingPolicy<?> policy =
          (SizeAndTimeBasedRollingPolicy<?>) rolling.getRollingPolicy();
      assertTrue(policy.getMaxHistory() > 0, name + " keeps a bounded history");
      assertTrue(totalSizeCap(policy) > 0, name + " has a total size cap");
      assertTrue(rolling.getFile().startsWith(home.resolve("logs").toString()), rolling.getFile());
      assertTrue(policy.getFileNamePattern().contains("%i"), "rolled by size too");
    }
    context.stop();
  }

  /** The cap, which Logback keeps in a protected field without a getter. */
  private static long totalSizeCap(TimeBasedRollingPolicy<?> policy) throws Exception {
    Field cap = TimeBasedRollingPolicy.class.getDeclaredField("totalSizeCap");
    cap.setAccessible(true);
    FileSize size = (FileSize) cap.get(policy);
    return size == null ? 0 : size.getSize();
  }

  /**
   * With a 1 KB file size and a 3 KB total cap, writing about 50 KB leaves the archives within the
   * cap (plus one file): the oldest are deleted, nothing grows without bound.
   */
  @Test
  void writingPastTheCapDeletesTheOldestArchives() throws Exception {
    LoggerContext context = freshContext();
    Logging.load(
        context,
        Map.of(
            "nightjar.logs", home.resolve("logs").toString(),
            "nightjar.console.level", "OFF",
            "nightjar.log.maxFileSize", "1KB",
            "nightjar.log.totalSizeCap", "3KB"));
    ch.qos.logback.classic.Logger log = context.getLogger("dev.nightjar.test");
    for (int i = 0; i < 500; i++) {
      log.info("line {} of a long run, with some text to make it about a hundred bytes", i);
      if (i % 10 == 9) {
        Thread.sleep(15); // lets the size check run (Logback checks at most every few ms)
      }
    }
    context.stop(); // waits for compression and clean-up
    List<Path> archives;
    try (Stream<Path> files = Files.list(home.resolve("logs"))) {
      archives =
          files.filter(p -> p.getFileName().toString().endsWith(".log.gz")).sorted().toList();
    }
    long total = 0;
    for (Path p : archives) {
      total += Files.size(p);
    }
    assertTrue(archives.size() >= 2, "it rolled: " + archives);
    // Logback checks the cap while the newest archive is still being written, so the bound is the
    // cap plus at most one file.
    assertTrue(total <= 3 * 1024 + 1024, "archives total " + total + " bytes: " + archives);
    // The first archives (index 0, 1, ...) were removed to stay under the cap.
    assertFalse(
        archives.stream().anyMatch(p -> p.getFileName().toString().endsWith(".0.log.gz")),
        archives.toString());
  }
}
