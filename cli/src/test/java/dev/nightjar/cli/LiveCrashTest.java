package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.engine.EngineConfig;
import dev.nightjar.live.state.OrderRecord;
import dev.nightjar.live.state.RunnerState;
import dev.nightjar.live.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner in a child JVM: SIGTERM stops it within 10 s with exit code 130 and its state saved;
 * SIGKILL mid-replay, then a restart on the same state folder, ends with exactly the orders of an
 * uninterrupted run — none repeated, none lost.
 */
class LiveCrashTest {
  @TempDir Path home;
  @TempDir Path work;
  private LiveFixtures f;

  @BeforeEach
  void setUp() throws IOException {
    f = new LiveFixtures(home, work, 500, EngineConfig.defaults());
  }

  private Process child(Path state, String speed) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Nightjar.class.getName());
    cmd.addAll(
        List.of(
            "live",
            "--config",
            f.configFile.toString(),
            "--replay",
            "LIVE-A:1h",
            "--speed",
            speed,
            "--limits",
            f.limitsFile.toString(),
            "--state-dir",
            state.toString(),
            "--home",
            home.toString()));
    return new ProcessBuilder(cmd)
        .redirectOutput(work.resolve("child.out").toFile())
        .redirectError(work.resolve("child.err").toFile())
        .start();
  }

  /** Waits until the child has decided a few bars (its state file exists). */
  private static void awaitState(Path state) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(state.resolve("state.json")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(Files.exists(state.resolve("state.json")), "the child started deciding");
  }

  @Test
  void sigtermSavesAndExits130Within10Seconds() throws Exception {
    Path state = work.resolve("term");
    Process p = child(state, "36000"); // 100 ms per 1h bar: about 50 s for the whole replay
    awaitState(state);
    Thread.sleep(500);
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(10, TimeUnit.SECONDS), "exited within 10 s");
    assertEquals(130, p.exitValue(), Files.readString(work.resolve("child.err")));
    assertTrue(
        Files.readString(work.resolve("child.err")).contains("run the same command to resume"));
    RunnerState s = new StateStore(state, false).load().orElseThrow();
    assertTrue(s.lastBar() >= f.series.firstTime() && s.lastBar() < f.series.lastTime());
  }

  @Test
  void sigkillMidReplayThenRestartHasNoDuplicateOrLostOrder() throws Exception {
    Path reference = work.resolve("reference");
    Process ref = child(reference, "max");
    assertTrue(ref.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, ref.exitValue(), Files.readString(work.resolve("child.err")));

    Path crashed = work.resolve("crashed");
    long[] killAfterMs = {300, 1100, 700};
    int midRunKills = 0;
    for (long ms : killAfterMs) {
      Process p = child(crashed, "36000");
      if (Files.exists(crashed.resolve("state.json"))) {
        Thread.sleep(ms + 1500); // JVM start, then some bars
      } else {
        awaitState(crashed);
        Thread.sleep(ms);
      }
      if (p.isAlive()) {
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        midRunKills++;
      }
    }
    assertTrue(midRunKills >= 2, "killed mid-run " + midRunKills + " times");
    RunnerState beforeResume = new StateStore(crashed, false).load().orElseThrow();
    assertTrue(beforeResume.lastBar() < f.series.lastTime(), "the replay was not finished");
    Process last = child(crashed, "max");
    assertTrue(last.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, last.exitValue(), Files.readString(work.resolve("child.err")));

    RunnerState want = new StateStore(reference, false).load().orElseThrow();
    RunnerState got = new StateStore(crashed, false).load().orElseThrow();
    assertTrue(want.orders().size() >= 5, "orders: " + want.orders().size());
    assertEquals(want.orders(), got.orders());
    HashSet<String> ids = new HashSet<>();
    for (OrderRecord o : got.orders()) {
      assertTrue(ids.add(o.clOrdId()), "duplicate " + o.clOrdId());
    }
    assertEquals(want.position(), got.position());
    assertEquals(want.equity(), got.equity());
    assertEquals(want.lastBar(), got.lastBar());
  }
}
