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
    Path out = work.resolve("out");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Nightjar.class.getName(),
                "sweep",
                spec.toString(),
                "--out",
                out.toString(),
                "--home",
                home.toString(),
                "--quiet")
            .redirectOutput(work.resolve("child.out").toFile())
            .redirectError(work.resolve("child.err").toFile())
            .start();
    assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the sweep finished");
    assertEquals(0, p.exitValue(), Files.readString(work.resolve("child.err")));
    // Pairs 2 <= fast < slow <= 2000 with fast <= 1000: sum over fast of (2000 - fast)
    // = 999 * 2000 - (2 + ... + 1000) = 1,998,000 - 500,499 = 1,497,501 rows, plus the header.
    try (Stream<String> lines = Files.lines(out.resolve("results.csv"))) {
      assertEquals(1_497_502L, lines.count());
    }
    assertTrue(Files.exists(out.resolve("configs")), "configs exported");
  }
}
