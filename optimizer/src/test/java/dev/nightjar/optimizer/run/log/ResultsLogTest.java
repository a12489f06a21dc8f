package dev.nightjar.optimizer.run.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.optimizer.ResultRow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultsLogTest {
  private static final int M = Metric.count();

  @TempDir Path dir;

  private Path write(int... taskIds) {
    Path file = dir.resolve("results.log");
    try (ResultsLog log = ResultsLog.create(file, M)) {
      for (int id : taskIds) {
        log.append(id, TestRows.of(id));
      }
    }
    return file;
  }

  private static BitSet bits(int... ids) {
    BitSet b = new BitSet();
    Arrays.stream(ids).forEach(b::set);
    return b;
  }

  /** Bytes of one record, from the layout: magic, length, task id, row count, rows, CRC. */
  private static long recordBytes(List<ResultRow> rows) {
    long bytes = 4 + 4 + 4 + 4 + 4;
    for (ResultRow r : rows) {
      bytes += 4 + 4 + 1 + 8L * M;
      if (r.error() != null) {
        bytes += 4 + r.error().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }

  @Test
  void recordsFollowTheDocumentedLayout() throws IOException {
    Path file = write(4, 9);
    // 16-byte header, then the two records back to back.
    assertEquals(16 + recordBytes(TestRows.of(4)) + recordBytes(TestRows.of(9)), Files.size(file));
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals("NJRLOG\r\n", new String(Arrays.copyOf(b.array(), 8), StandardCharsets.US_ASCII));
    assertEquals(1, b.getInt(8));
    assertEquals(M, b.getInt(12));
    assertEquals("NREC", new String(b.array(), 16, 4, StandardCharsets.US_ASCII));
    assertEquals(recordBytes(TestRows.of(4)) - 12, b.getInt(20));
    assertEquals(4, b.getInt(24));
    assertEquals(TestRows.of(4).size(), b.getInt(28));
    try (LogIndex index = LogIndex.scan(file, M)) {
      assertEquals(16, index.offset(4));
      assertEquals(16 + recordBytes(TestRows.of(4)), index.offset(9));
    }
  }

  /** A short task (one row fine, one failed) keeps the cut-at-every-byte loop quick. */
  private static List<ResultRow> shortTask() {
    double[] metrics = new double[M];
    Arrays.fill(metrics, 0.25);
    return List.of(
        new ResultRow(0, 200, metrics, null), ResultRow.failed(0, 201, "division by zero ÷ 0"));
  }

  /** Cut the file at every byte of the last record: the earlier ones survive, appends go on. */
  @Test
  void everyTornTailIsDroppedAndAppendingContinuesAfterTheValidPart() throws IOException {
    Path full = dir.resolve("results.log");
    try (ResultsLog log = ResultsLog.create(full, M)) {
      log.append(0, TestRows.of(0));
      log.append(1, TestRows.of(1));
      log.append(2, shortTask());
    }
    byte[] bytes = Files.readAllBytes(full);
    long lastStart;
    try (LogIndex index = LogIndex.scan(full, M)) {
      lastStart = index.offset(2);
    }
    Path file = dir.resolve("cut.log");
    for (int cut = (int) lastStart; cut < bytes.length; cut++) {
      Files.write(file, Arrays.copyOf(bytes, cut));
      try (LogIndex index = LogIndex.scan(file, M)) {
        assertEquals(bits(0, 1), index.completed(), "cut at " + cut);
        assertEquals(lastStart, index.validLength(), "cut at " + cut);
        assertEquals(cut - lastStart, index.tornBytes(), "cut at " + cut);
        TestRows.assertSameRows(TestRows.of(1), index.read(1));
        try (ResultsLog log = ResultsLog.openForAppend(file, index)) {
          assertTrue(log.contains(1));
          assertFalse(log.contains(2));
          log.append(2, shortTask());
          log.append(3, TestRows.of(3));
        }
      }
      try (LogIndex index = LogIndex.scan(file, M)) {
        assertEquals(bits(0, 1, 2, 3), index.completed(), "cut at " + cut);
        assertEquals(0, index.tornBytes(), "cut at " + cut);
        TestRows.assertSameRows(TestRows.of(0), index.read(0));
        TestRows.assertSameRows(TestRows.of(1), index.read(1));
        TestRows.assertSameRows(shortTask(), index.read(2));
        TestRows.assertSameRows(TestRows.of(3), index.read(3));
      }
    }
  }

  /** Damage any byte of a record: the scan stops before it and never returns its rows. */
  @Test
  void aDamagedRecordEndsTheValidPart() throws IOException {
    Path full = dir.resolve("results.log");
    try (ResultsLog log = ResultsLog.create(full, M)) {
      log.append(0, TestRows.of(0));
      log.append(1, shortTask());
      log.append(2, TestRows.of(2));
    }
    byte[] bytes = Files.readAllBytes(full);
    long start;
    long end;
    try (LogIndex index = LogIndex.scan(full, M)) {
      start = index.offset(1);
      end = index.offset(2);
    }
    Path file = dir.resolve("damaged.log");
    for (int at = (int) start; at < end; at++) {
      byte[] damaged = bytes.clone();
      damaged[at] ^= (byte) 0xFF;
      Files.write(file, damaged);
      try (LogIndex index = LogIndex.scan(file, M)) {
        assertEquals(bits(0), index.completed(), "byte " + at);
        assertEquals(start, index.validLength(), "byte " + at);
        assertEquals(bytes.length - start, index.tornBytes(), "byte " + at);
        TestRows.assertSameRows(TestRows.of(0), index.read(0));
      }
    }
  }

  @Test
  void aRecordDamagedAfterTheScanIsRefusedOnRead() throws IOException {
    Path file = write(0, 1);
    try (LogIndex index = LogIndex.scan(file, M)) {
      byte[] bytes = Files.readAllBytes(file);
      bytes[(int) index.offset(1) + 40] ^= 1;
      Files.write(file, bytes);
      CheckpointException e = assertThrows(CheckpointException.class, () -> index.read(1));
      assertTrue(e.getMessage().contains("results.log"), e.getMessage());
      TestRows.assertSameRows(TestRows.of(0), index.read(0));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text      | not a nightjar results log (wrong magic bytes)",
        "short     | not a nightjar results log (5 bytes, shorter than a header)",
        "version   | results log format version 2, this nightjar reads 1",
        "metrics   | results log rows hold 7 metrics, this nightjar has {M}",
        "missing   | no results log here"
      })
  void aBadHeaderIsACheckpointExceptionNamingTheFile(String kind, String problem)
      throws IOException {
    Path file = dir.resolve("results.log");
    switch (kind) {
      case "text" -> Files.writeString(file, "timestamp_ms,open,high,low,close,volume\n");
      case "short" -> Files.write(file, new byte[] {'N', 'J', 'R', 'L', 'O'});
      case "version" -> {
        write(1);
        byte[] b = Files.readAllBytes(file);
        b[8] = 2;
        Files.write(file, b);
      }
      case "metrics" -> {
        write(1);
        byte[] b = Files.readAllBytes(file);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 7);
        Files.write(file, b);
      }
      default -> {}
    }
    CheckpointException e =
        assertThrows(CheckpointException.class, () -> LogIndex.scan(file, M).close());
    assertEquals(file + ": " + problem.replace("{M}", String.valueOf(M)), e.getMessage());
    assertEquals(file, e.file());
  }

  @Test
  void rowsHoldEveryMetric() {
    Path file = dir.resolve("results.log");
    assertThrows(IllegalArgumentException.class, () -> ResultsLog.create(file, M + 1));
  }

  @Test
  void createRefusesAnExistingLog() {
    Path file = write(0);
    CheckpointException e =
        assertThrows(CheckpointException.class, () -> ResultsLog.create(file, M));
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
  }

  @Test
  void aTaskIsLoggedOnlyOnce() {
    Path file = dir.resolve("results.log");
    try (ResultsLog log = ResultsLog.create(file, M)) {
      log.append(5, TestRows.of(5));
      assertThrows(IllegalStateException.class, () -> log.append(5, TestRows.of(5)));
      assertThrows(IllegalArgumentException.class, () -> log.append(-1, TestRows.of(5)));
    }
    try (LogIndex index = LogIndex.scan(file, M);
        ResultsLog log = ResultsLog.openForAppend(file, index)) {
      assertThrows(IllegalStateException.class, () -> log.append(5, TestRows.of(5)));
      log.append(6, TestRows.of(6));
    }
    try (LogIndex index = LogIndex.scan(file, M)) {
      assertEquals(bits(5, 6), index.completed());
      assertThrows(IllegalArgumentException.class, () -> index.read(4));
    }
  }

  @Test
  void bytesSinceSyncCountsWhatACrashCouldLose() throws IOException {
    Path file = dir.resolve("results.log");
    try (ResultsLog log = ResultsLog.create(file, M)) {
      assertEquals(0, log.bytesSinceSync());
      log.append(0, TestRows.of(0));
      log.append(1, TestRows.of(1));
      assertEquals(recordBytes(TestRows.of(0)) + recordBytes(TestRows.of(1)), log.bytesSinceSync());
      log.sync();
      assertEquals(0, log.bytesSinceSync());
      // Synced means on disk: another reader sees both records now.
      try (LogIndex index = LogIndex.scan(file, M)) {
        assertEquals(bits(0, 1), index.completed());
      }
    }
    assertEquals(16 + recordBytes(TestRows.of(0)) + recordBytes(TestRows.of(1)), Files.size(file));
  }

  @Test
  void concurrentAppendsAreAllKeptIntact() throws Exception {
    Path file = dir.resolve("results.log");
    int threads = 4;
    int perThread = 60;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ResultsLog log = ResultsLog.create(file, M)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    int id = first + threads * i;
                    log.append(id, TestRows.of(id));
                    if (i % 10 == 0) {
                      log.sync();
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    try (LogIndex index = LogIndex.scan(file, M)) {
      assertEquals(threads * perThread, index.taskCount());
      assertEquals(0, index.tornBytes());
      for (int id = 0; id < threads * perThread; id++) {
        TestRows.assertSameRows(TestRows.of(id), index.read(id));
      }
    }
  }

  @Test
  void openForAppendNeedsTheScannedFile() {
    Path file = write(0);
    Path other = dir.resolve("other.log");
    try (LogIndex index = LogIndex.scan(file, M)) {
      assertThrows(IllegalArgumentException.class, () -> ResultsLog.openForAppend(other, index));
    }
  }

  /** The runner may interrupt workers on Ctrl-C; an interrupted append must not close the log. */
  @Test
  void anInterruptedWorkerDoesNotBreakTheLog() {
    Path file = dir.resolve("results.log");
    try (ResultsLog log = ResultsLog.create(file, M)) {
      Thread.currentThread().interrupt();
      try {
        log.append(0, TestRows.of(0));
        log.sync();
      } finally {
        assertTrue(Thread.interrupted(), "the interrupt flag stays set");
      }
      log.append(1, TestRows.of(1));
    }
    try (LogIndex index = LogIndex.scan(file, M)) {
      assertEquals(bits(0, 1), index.completed());
      TestRows.assertSameRows(TestRows.of(0), index.read(0));
    }
  }

  @Test
  void aVanishedLogCannotBeAppendedTo() throws IOException {
    Path file = write(0);
    try (LogIndex index = LogIndex.scan(file, M)) {
      Files.delete(file);
      assertThrows(CheckpointException.class, () -> ResultsLog.openForAppend(file, index));
    }
    assertFalse(Files.exists(file));
  }

  @Test
  void aClosedLogRefusesAppends() {
    Path file = dir.resolve("results.log");
    ResultsLog log = ResultsLog.create(file, M);
    log.close();
    log.close();
    assertThrows(IllegalStateException.class, () -> log.append(0, TestRows.of(0)));
  }
}
