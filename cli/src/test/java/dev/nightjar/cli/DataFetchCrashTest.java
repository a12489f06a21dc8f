package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.live.download.Served;
import dev.nightjar.live.phemex.fake.FakePhemex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fetch in a child JVM killed with SIGKILL mid-way, then run again: the cache is untouched by the
 * killed run, the rerun requests only the pages the part file lacks, and the cache ends identical
 * to the served series.
 */
class DataFetchCrashTest {
  private static final long H = 3_600_000L;

  /** 2024-01-01T00:00Z. */
  private static final long T0 = 1_704_067_200_000L;

  /** 12 pages of 999 bars. */
  private static final int BARS = 12 * 999;

  @TempDir Path home;
  @TempDir Path work;

  @Test
  void killedWithSigkillAndRerunEndsIdentical() throws Exception {
    try (FakePhemex fake = new FakePhemex("key", "secret", 100_000, 1000)) {
      BarSeries served = Served.bars(Served.BTC_1H, T0, BARS);
      fake.klineHistory(served);
      String[] args = {
        "data",
        "fetch",
        "--base-url",
        fake.baseUrl().toString(),
        "--symbol",
        "BTCUSDT",
        "--timeframe",
        "1h",
        "--from",
        "2024-01-01",
        "--to",
        TimeFormat.iso(T0 + BARS * H),
        "--home",
        home.toString()
      };
      Process child =
          new ProcessBuilder(javaCommand(args))
              .redirectOutput(work.resolve("child.out").toFile())
              .redirectError(work.resolve("child.err").toFile())
              .start();
      // The client's own limiter (100 weight units a minute, 10 a page) lets about 9 pages through
      // at once and then waits for the next minute: the child is killed once 3 pages are on disk.
      Path part = home.resolve("cache/1h/BTCUSDT.bars.part");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (pageLines(part) < 3 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(
          child.isAlive(),
          "the child was still fetching: " + Files.readString(work.resolve("child.err")));
      child.destroyForcibly(); // SIGKILL on Linux
      child.waitFor();
      assertFalse(new Cache(home).contains(Served.BTC_1H), "a killed fetch commits nothing");
      int kept = pageLines(part);
      assertTrue(kept >= 3 && kept < 12, "pages kept: " + kept);

      int before = fake.klineRanges().size();
      String[] again = java.util.Arrays.copyOf(args, args.length - 2); // CliRun adds --home
      CliRun rerun = CliRun.inHome(home, again);
      assertEquals(0, rerun.code(), rerun.toString());
      assertTrue(rerun.out().contains(kept + " resumed"), rerun.out());
      List<long[]> asked = fake.klineRanges().subList(before, fake.klineRanges().size());
      assertEquals(12 - kept, asked.size(), "only the missing pages are requested");
      Served.assertSameBars(served, new Cache(home).load(Served.BTC_1H));
      assertFalse(Files.exists(part));
    }
  }

  /** Whole page lines in the part file (its first line is the header). */
  private static int pageLines(Path part) throws java.io.IOException {
    if (!Files.exists(part)) {
      return 0;
    }
    String text = Files.readString(part);
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      lines += text.charAt(i) == '\n' ? 1 : 0;
    }
    return Math.max(0, lines - 1);
  }

  private static List<String> javaCommand(String... args) {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Nightjar.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
