package dev.nightjar.optimizer.run.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real crashes: a child JVM appends and syncs until it is killed with SIGKILL at a random moment;
 * every task it reported as synced must then be in the log, intact, and nothing damaged may be
 * accepted. Each run resumes the log the previous one left.
 */
class ResultsLogCrashTest {
  private static final int RUNS = 5;

  @TempDir Path dir;

  @Test
  void killedWritersLoseNothingTheySynced() throws Exception {
    Path file = dir.resolve("results.log");
    Random random = new Random(20261126);
    int syncedBefore = -1;
    for (int run = 0; run < RUNS; run++) {
      int synced = killAfterRandomDelay(file, 50 + random.nextInt(350));
      String context = "run " + run + ", last synced task " + synced;
      try (LogIndex index = LogIndex.scan(file, Metric.count())) {
        BitSet completed = index.completed();
        // One writer appends ids in order, so the intact records are exactly 0..k.
        assertEquals(completed.cardinality(), completed.length(), context);
        assertTrue(completed.length() > Math.max(synced, syncedBefore), context);
        for (int id = 0; id < completed.length(); id++) {
          TestRows.assertSameRows(TestRows.of(id), index.read(id));
        }
      }
      syncedBefore = Math.max(synced, syncedBefore);
    }
    // Otherwise the runs were too short to test anything.
    assertTrue(syncedBefore >= 2, "no child synced a task");
  }

  /** Runs the child until it has started and {@code delayMs} more, kills it; its last sync. */
  private static int killAfterRandomDelay(Path file, int delayMs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashingAppender.class.getName(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    AtomicInteger lastSynced = new AtomicInteger(-1);
    CountDownLatch started = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  if (line.startsWith("start ")) {
                    started.countDown();
                  } else {
                    lastSynced.set(Integer.parseInt(line.trim()));
                  }
                }
              } catch (IOException e) {
                // The pipe breaks when the child dies; what was read is what counts.
              }
            });
    reader.start();
    try {
      assertTrue(started.await(20, TimeUnit.SECONDS), "the child JVM did not start");
      Thread.sleep(delayMs);
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child JVM did not die");
      reader.join(20_000);
    }
    // 137 = killed by SIGKILL: the child never stops by itself.
    assertNotEquals(0, child.exitValue());
    return lastSynced.get();
  }
}
