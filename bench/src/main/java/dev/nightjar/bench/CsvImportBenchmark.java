package dev.nightjar.bench;

import dev.nightjar.data.BarSeries;
import dev.nightjar.data.io.ImportOptions;
import dev.nightjar.data.io.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generic CSV import on one core, in rows per second: 1M rows of 1m bars with epoch-ms times and
 * two-decimal prices, parsed, validated and sorted into a {@link BarSeries}. Goal: ≥ 2M rows/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx2g"})
public class CsvImportBenchmark {
  static final int ROWS = 1_000_000;

  private Path dir;
  private Path csv;

  @Setup
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("nightjar-bench");
    csv = BenchData.writeCsv(BenchData.randomWalk(ROWS, 1), dir.resolve("bench.csv"));
  }

  @TearDown
  public void deleteFile() throws IOException {
    Files.deleteIfExists(csv);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public BarSeries importCsv() {
    return Importer.importFile(csv, BenchData.ID, ImportOptions.defaults()).series();
  }
}
