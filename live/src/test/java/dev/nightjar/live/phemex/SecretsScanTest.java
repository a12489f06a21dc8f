package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.nightjar.live.phemex.fake.FakePhemex;
import dev.nightjar.live.phemex.fake.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs a scenario with a recognisable secret through success, faults, refusals and misuse, and
 * captures every log line (all loggers at DEBUG, stack traces included), every exception (message,
 * causes, stack trace text) and the toString of every client object; none may contain the secret or
 * its hex or Base64 forms.
 */
class SecretsScanTest {
  private static final String SECRET = "NIGHTJAR-FAKE-SECRET-7f3a9c51e2";
  private static final String WRONG_SECRET = "NIGHTJAR-WRONG-SECRET-0b44d2a9";

  @TempDir Path dir;

  @Test
  void theSecretNeverAppearsInLogsExceptionsOrToString() throws Exception {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    // Our code and Resilience4j (which logs the exceptions it records) at DEBUG, into the list
    // only.
    List<Logger> loggers =
        List.of(
            (Logger) LoggerFactory.getLogger("dev.nightjar"),
            (Logger) LoggerFactory.getLogger("io.github.resilience4j"));
    for (Logger logger : loggers) {
      logger.addAppender(appender);
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
    }
    List<String> seen = new ArrayList<>();
    try (FakePhemex fake = new FakePhemex(TestClients.KEY, SECRET, 100_000, 1000)) {
      fake.holdMillis(1000);
      RecordingSleeper sleeper = new RecordingSleeper();
      PhemexClient client = TestClients.client(TestClients.fast(fake), SECRET, sleeper);
      PhemexClient wrong = TestClients.client(TestClients.fast(fake), WRONG_SECRET, sleeper);
      seen.add(client.toString());
      seen.add(wrong.toString());
      seen.add(TestClients.fast(fake).toString());
      seen.add(new Credentials(TestClients.KEY, SECRET).toString());
      seen.add(new Signer(new Credentials(TestClients.KEY, SECRET), () -> 0L).toString());

      client.syncClock();
      client.products();
      fake.inject("/g-orders/create", Fault.TIMEOUT_AFTER_PROCESSING);
      seen.add(place(client, "s-1").toString());
      fake.inject("/g-orders/create", Fault.ERROR_500_AFTER_PROCESSING);
      seen.add(place(client, "s-2").toString());
      seen.add(place(client, "s-2").toString()); // duplicate
      fake.inject("/g-orders/create", Fault.MALFORMED_JSON_AFTER_PROCESSING);
      seen.add(place(client, "s-3").toString());
      fake.balance(BigDecimal.ONE);
      seen.add(place(client, "s-4").toString()); // insufficient balance
      seen.add(place(wrong, "s-5").toString()); // bad signature
      seen.add(capture(() -> wrong.accountPositions("USDT")));
      fake.clockSkew(600_000);
      seen.add(capture(() -> client.accountPositions("USDT"))); // expired
      fake.clockSkew(0);
      fake.inject(
          "/public/time", Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
      seen.add(capture(client::serverTime));
      seen.add(capture(client::serverTime)); // breaker open
      seen.add(capture(() -> new Credentials(TestClients.KEY, SECRET).secretBytes().length));

      Path file = dir.resolve("creds.properties");
      Files.writeString(
          file,
          Credentials.ENV_KEY
              + "="
              + TestClients.KEY
              + "\n"
              + Credentials.ENV_SECRET
              + "="
              + SECRET
              + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
      seen.add(capture(() -> Credentials.fromFile(file)));
      Files.writeString(file, Credentials.ENV_SECRET + "=" + SECRET + "\n\\u12");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      seen.add(capture(() -> Credentials.fromFile(file)));
    } finally {
      for (Logger logger : loggers) {
        logger.detachAppender(appender);
        logger.setLevel(null);
        logger.setAdditive(true);
      }
    }
    for (ILoggingEvent e : appender.list) {
      seen.add(e.getFormattedMessage());
      if (e.getThrowableProxy() != null) {
        seen.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
      }
    }
    assertTrue(appender.list.size() > 5, "the scenario logs: " + appender.list.size());
    assertTrue(seen.stream().anyMatch(s -> s.contains("10500")), "refusals were captured");

    byte[] bytes = SECRET.getBytes(StandardCharsets.UTF_8);
    List<String> forms =
        List.of(
            SECRET,
            SECRET.toLowerCase(Locale.ROOT),
            HexFormat.of().formatHex(bytes),
            HexFormat.of().withUpperCase().formatHex(bytes),
            Base64.getEncoder().withoutPadding().encodeToString(bytes),
            Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
            WRONG_SECRET);
    for (String text : seen) {
      for (String form : forms) {
        assertFalse(text.contains(form), "secret form '" + form + "' leaked in: " + text);
      }
    }
  }

  private static OrderOutcome place(PhemexClient client, String id) {
    return client.placeOrder(
        TestClients.BTCUSDT,
        OrderRequest.limit(
            id, "BTCUSDT", Side.Buy, new BigDecimal("19000"), new BigDecimal("0.01")));
  }

  /** Runs {@code call}; returns the whole text of what it threw (or of its result). */
  private static String capture(Supplier<?> call) {
    try {
      return String.valueOf(call.get());
    } catch (RuntimeException e) {
      StringWriter w = new StringWriter();
      e.printStackTrace(new PrintWriter(w));
      return w.toString();
    }
  }

  @Test
  void captureSeesThrownText() {
    // Guards the scan itself: an exception's message does reach what is scanned.
    String text =
        capture(
            () -> {
              throw new IllegalStateException("marker-123");
            });
    assertTrue(text.contains("marker-123"));
  }
}
