package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.Symbol;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory bound, for real: a sweep of more than 10^6 combinations completes in a child
 * JVM limited to a 512 MB heap. Bars are few (memory is bounded by the series and caches in flight,
 * not by the number of combinations), so the test takes seconds rather than the night.
 */
class SweepMemoryTest {
  @TempDir Path home;
  @TempDir Path work;

  @Test
  void aMillionCombinationSweepRunsInA512MbHeap() throws IOException, InterruptedException {
    new Cache(home)
        .store(
            SyntheticMarket.generate(
                    new SynthSpec(3, List.of(Symbol.of("MEM")), 1_704_067_200_000L, 1_000))
                .get(0));
    Path spec = work.resolve("million.json");
    Files.writeString(
        spec,
        "{\"name\": \"million\", \"data\": {\"symbols\": [\"MEM\"], \"timeframe\": \"1m\"},"
            + " \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 2, \"to\": 1000,"
            + " \"step\": 1}, \"slow\": {\"from\": 3, \"to\": 2000, \"step\": 1}}, \"constraints\":"
            + " [\"fast < slow\"], \"top\": 3}");
    Path out = sweepInAChildJvm("512m", spec);
    // Pairs 2 <= fast < slow <= 2000 with fast <= 1000: sum over fast of (2000 - fast)
    // = 999 * 2000 - (2 + ... + 1000) = 1,998,000 - 500,499 = 1,497,501 rows, plus the header.
    try (Stream<String> lines = Files.lines(out.resolve("results.csv"))) {
      assertEquals(1_497_502L, lines.count());
    }
    assertTrue(Files.exists(out.resolve("configs")), "configs exported");
  }

  /**
   * A sweep whose combinations each read their own long line (sma-cross, fast 5 against 250 slow
   * periods, on a year of 1m bars: 4.2 MB a line) completes in a 256 MB heap: a task's combinations
   * advance together only while their distinct lines fit the feature-cache budget, instead of all
   * 64 of a task holding theirs at once (about 270 MB a thread).
   */
  @Test
  void combinationsWithTheirOwnLongLinesRunInA256MbHeap() throws IOException, InterruptedException {
    new Cache(home)
        .store(
            SyntheticMarket.generate(
                    new SynthSpec(5, List.of(Symbol.of("LONG")), 1_704_067_200_000L, 525_600))
                .get(0));
    Path spec = work.resolve("lines.json");
    Files.writeString(
        spec,
        "{\"name\": \"lines\", \"data\": {\"symbols\": [\"LONG\"], \"timeframe\": \"1m\"},"
            + " \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"values\": [5]}, \"slow\":"
            + " {\"from\": 8, \"to\": 2000, \"step\": 8}}, \"top\": 3}");
    Path out = sweepInAChildJvm("256m", spec);
    // slow 8, 16, ..., 2000: 250 combinations, plus the header.
    try (Stream<String> lines = Files.lines(out.resolve("results.csv"))) {
      assertEquals(251L, lines.count());
    }
  }

  /**
   * Runs {@code nightjar sweep SPEC} on 2 threads in a child JVM with a heap of {@code heap},
   * checks that it succeeds, and returns its output folder.
   */
  private Path sweepInAChildJvm(String heap, Path spec) throws IOException, InterruptedException {
    Path out = work.resolve(spec.getFileName() + "-out");
    Path err = work.resolve(spec.getFileName() + ".err");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                Nightjar.class.getName(),
                "sweep",
                spec.toString(),
                "--out",
                out.toString(),
                "--home",
                home.toString(),
                "--threads",
                "2",
                "--quiet")
            .redirectOutput(work.resolve(spec.getFileName() + ".out").toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the sweep finished");
    assertEquals(0, p.exitValue(), Files.readString(err));
    return out;
  }
}
