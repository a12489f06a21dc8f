package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.cache.Cache;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety for real: the sweep runs in a child JVM that is killed with SIGKILL at random
 * moments, then resumed; the final outputs must be byte-identical to an uninterrupted run's. The
 * uninterrupted run uses the scalar metrics (no Vector API module) and the killed and resumed ones
 * the SIMD kernels ({@code --add-modules=jdk.incubator.vector}), so the same comparison shows that
 * both give the same bytes. And SIGTERM stops a sweep with exit code 130 and a resume hint.
 */
class SweepCrashTest {
  @TempDir Path home;
  @TempDir Path work;
  private Path spec;

  @BeforeEach
  void market() throws IOException {
    Cache cache = new Cache(home);
    for (BarSeries s :
        SyntheticMarket.generate(
            new SynthSpec(
                8,
                List.of(Symbol.of("K-A"), Symbol.of("K-B"), Symbol.of("K-C")),
                1_704_067_200_000L,
                30 * 1440))) {
      cache.store(s);
    }
    spec = work.resolve("crash.json");
    Files.writeString(
        spec,
        "{\"name\": \"crash\", \"data\": {\"symbols\": [\"K-A\", \"K-B\", \"K-C\"], \"timeframe\":"
            + " \"1m\"}, \"strategies\": [{\"strategy\": \"sma-cross\", \"params\": {\"fast\":"
            + " {\"from\": 5, \"to\": 60, \"step\": 5}, \"slow\": {\"from\": 20, \"to\": 300,"
            + " \"step\": 10}}}, {\"strategy\": \"rsi-reversion\", \"params\": {\"period\":"
            + " {\"values\": [7, 14, 21]}, \"lower\": {\"values\": [20, 30]}, \"upper\":"
            + " {\"values\": [70, 80]}}}], \"objective\": \"sharpe\", \"filters\": {\"minTrades\":"
            + " 5}, \"top\": 5}");
  }

  private Process child(Path out, boolean resume) throws IOException {
    return child(out, resume, true);
  }

  private Process child(Path out, boolean resume, boolean simd) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    if (simd) {
      cmd.add("--add-modules=jdk.incubator.vector");
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Nightjar.class.getName());
    cmd.addAll(
        List.of("sweep", spec.toString(), "--out", out.toString(), "--home", home.toString()));
    if (resume) {
      cmd.add("--resume");
    }
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectOutput(work.resolve("child.out").toFile())
            .redirectError(work.resolve("child.err").toFile());
    // One creation time for every run, so two sweeps of the same spec write the same bytes.
    pb.environment().put("SOURCE_DATE_EPOCH", "1764115200");
    return pb.start();
  }

  /** The deterministic outputs: CSVs, configs, and the summary without its timing line. */
  private static List<String> outputs(Path dir) throws IOException {
    List<String> names =
        new ArrayList<>(
            List.of(
                "results.csv",
                "top.csv",
                "summary.txt",
                "robustness.csv",
                "pbo.json",
                "selection.csv",
                "returns.bin"));
    if (Files.exists(dir.resolve("oos.csv"))) {
      names.add("oos.csv");
    }
    try (Stream<Path> configs = Files.list(dir.resolve("configs"))) {
      configs.map(p -> "configs" + File.separator + p.getFileName()).sorted().forEach(names::add);
    }
    return names;
  }

  private static byte[] content(Path file) throws IOException {
    if (file.getFileName().toString().equals("summary.txt")) {
      return Files.readAllLines(file).stream()
          .filter(l -> !l.startsWith("timing"))
          .collect(Collectors.joining("\n"))
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return Files.readAllBytes(file);
  }

  @Test
  void killedAtRandomAndResumedEqualsUninterrupted() throws Exception {
    killAndResume();
  }

  /**
   * The same with a walk-forward (train 10 d, test 5 d over 30 days: 4 folds), whose in-sample
   * stage is logged like any sweep and whose out-of-sample stage is recomputed at the end.
   */
  @Test
  void aWalkForwardSweepKilledAtRandomAndResumedEqualsUninterrupted() throws Exception {
    String text = Files.readString(spec);
    Files.writeString(
        spec,
        text.substring(0, text.length() - 1)
            + ", \"validation\": {\"walkForward\": {\"train\": \"10d\", \"test\": \"5d\"}}}");
    killAndResume();
    assertTrue(
        Files.readString(work.resolve("crashed").resolve("summary.txt"))
            .contains("validation: walk-forward, 4 folds"));
  }

  private void killAndResume() throws Exception {
    Path reference = work.resolve("reference");
    Process uninterrupted = child(reference, false, false);
    assertTrue(uninterrupted.waitFor(120, TimeUnit.SECONDS), "reference run finished");
    assertEquals(0, uninterrupted.exitValue(), Files.readString(work.resolve("child.err")));

    Path crashed = work.resolve("crashed");
    Random random = new Random(20261126L);
    int midSweepKills = 0;
    for (int attempt = 0; attempt < 5; attempt++) {
      Path log = crashed.resolve("results.log");
      long before = Files.exists(log) ? Files.size(log) : -1;
      Process p = child(crashed, Files.exists(crashed.resolve("manifest.json")));
      // JVM start and data loading take a second or (on a loaded machine) much more: wait until
      // this run appends to the log, then kill somewhere in the sweep after that.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (p.isAlive()
          && (!Files.exists(log) || Files.size(log) <= Math.max(before, 0))
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      if (!p.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor();
        midSweepKills++;
      }
    }
    assertTrue(midSweepKills >= 2, "killed during the sweep only " + midSweepKills + " times");
    Process last = child(crashed, Files.exists(crashed.resolve("manifest.json")));
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "final resume finished");
    assertEquals(0, last.exitValue(), Files.readString(work.resolve("child.err")));

    List<String> expected = outputs(reference);
    assertEquals(expected, outputs(crashed));
    assertTrue(expected.size() > 3, "configs were exported: " + expected);
    for (String name : expected) {
      assertArrayEquals(
          content(reference.resolve(name)), content(crashed.resolve(name)), name + " differs");
    }
  }

  @Test
  void sigtermStopsWith130AndSaysHowToResume() throws Exception {
    Path out = work.resolve("term");
    Process p = child(out, false);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(out.resolve("results.log")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stopped within the grace period");
    String err = Files.readString(work.resolve("child.err"));
    assertEquals(130, p.exitValue(), err);
    assertTrue(err.contains("Interrupted: "), err);
    assertTrue(
        err.contains("Resume with: nightjar sweep " + spec + " --out " + out + " --resume"), err);

    CliRun resumed =
        CliRun.of(
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--home",
            home.toString(),
            "--resume");
    assertEquals(0, resumed.code(), resumed::toString);
  }

  @Test
  void resumingWithAChangedSpecRefusesSayingWhat() throws Exception {
    Path out = work.resolve("changed");
    CliRun first =
        CliRun.of("sweep", spec.toString(), "--out", out.toString(), "--home", home.toString());
    assertEquals(0, first.code(), first::toString);
    Files.writeString(spec, Files.readString(spec).replace("\"top\": 5", "\"top\": 6"));
    CliRun resumed =
        CliRun.of(
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--home",
            home.toString(),
            "--resume");
    assertEquals(ExitCodes.INVALID_INPUT, resumed.code(), resumed::toString);
    assertTrue(resumed.err().contains("cannot resume: the spec changed"), resumed::toString);
  }
}
