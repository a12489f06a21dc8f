package dev.nightjar.bench;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.cache.CacheFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading 1M bars from a cache file, warm (the file is in the page cache), checksum verified. Goal:
 * ≤ 10 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx2g"})
public class CacheLoadBenchmark {
  private Path dir;
  private Path file;

  @Setup
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("nightjar-bench");
    file = dir.resolve("BENCH.bars");
    CacheFile.write(file, BenchData.randomWalk(1_000_000, 2));
  }

  @TearDown
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public BarSeries load() {
    return CacheFile.read(file);
  }
}
