package dev.nightjar.optimizer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.backtest.strategy.Direction;
import dev.nightjar.data.SeriesId;
import dev.nightjar.optimizer.report.SweepReport;
import dev.nightjar.optimizer.report.TinySweep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigExportTest {
  @TempDir Path dir;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void robustnessFiguresFillTheBlocksOfTheRowsTheyAreKeyedBy() throws IOException {
    Path configs = dir.resolve("configs");
    SweepReport.Outcome outcome =
        SweepReport.write(dir, TinySweep.info(3), TinySweep.rows().iterator(), null);
    // Rank 2 is AAA's combination 0 (see writesTheTopKAsRankedConfigs); rank 1 gets no figures.
    assertEquals("AAA:1h#0", ConfigExport.rowKey(SeriesId.parse("AAA:1h"), 0));
    Map<String, Map<String, Double>> robustness =
        Map.of(
            "AAA:1h#0", Map.of("psr", 0.91, "plateau_ratio", 0.8), "ZZZ:1h#9", Map.of("dsr", 1.0));
    List<Path> written = ConfigExport.write(configs, TinySweep.info(3), outcome, 3, robustness);
    assertEquals(Map.of(), StrategyConfigs.read(written.get(0)).robustness());
    assertEquals(
        Map.of("plateau_ratio", 0.8, "psr", 0.91),
        StrategyConfigs.read(written.get(1)).robustness());
    // Without figures the files are those of the plain export, byte for byte.
    Path plain = dir.resolve("plain");
    ConfigExport.write(plain, TinySweep.info(3), outcome.ranked(), 3);
    assertEquals(
        Files.readString(plain.resolve("rank-003-BBB-sma-cross.json")),
        Files.readString(written.get(2)));
    assertTrue(
        Files.readString(written.get(1))
            .contains("\"robustness\": {\n    \"plateau_ratio\": 0.8,"));
  }

  @Test
  void writesTheTopKAsRankedConfigs() throws IOException {
    Path configs = dir.resolve("configs");
    SweepReport.Outcome outcome =
        SweepReport.write(dir, TinySweep.info(3), TinySweep.rows().iterator(), null);
    List<Path> written = ConfigExport.write(configs, TinySweep.info(3), outcome.ranked(), 3);
    assertEquals(
        List.of(
            "rank-001-BBB-bollinger-reversion.json",
            "rank-002-AAA-sma-cross.json",
            "rank-003-BBB-sma-cross.json"),
        names(configs));
    assertEquals(configs.resolve("rank-001-BBB-bollinger-reversion.json"), written.get(0));

    // Rank 2 is AAA's combination 0 (sma-cross 10/30, sharpe 1.5, 12 trades), see TinySweep.
    StrategyConfig second = StrategyConfigs.read(written.get(1));
    assertEquals("sma-cross", second.strategy());
    assertEquals(Direction.LONG_SHORT, second.direction());
    assertEquals(Map.of("fast", 10.0, "slow", 30.0), second.params());
    assertEquals(SeriesId.parse("AAA:1h"), second.series());
    assertEquals(TinySweep.EXECUTION, second.execution());
    assertEquals(2, second.rank());
    assertEquals(Metric.SHARPE, second.objective());
    assertEquals(1.5, second.objectiveValue());
    assertEquals(12.0, second.metrics().get(Metric.TRADES));
    assertEquals(Metric.count(), second.metrics().size());
    assertEquals(
        new Provenance(
            "tiny-20240101",
            "sha256:abc",
            "crc32c:0000000a:n=8761:x",
            TinySweep.FROM,
            TinySweep.TO,
            "0.1.0-SNAPSHOT",
            1_764_100_000_000L),
        second.provenance());
    StrategyConfig first = StrategyConfigs.read(written.get(0));
    assertEquals(Direction.LONG_ONLY, first.direction());
    assertEquals(Double.POSITIVE_INFINITY, first.metrics().get(Metric.PROFIT_FACTOR));
  }

  @Test
  void exportFromRowsMatchesTheSweepsConfigsAndReplacesOlderOnes() throws IOException {
    Path sweep = dir.resolve("sweep");
    Path again = dir.resolve("again");
    SweepReport.Outcome outcome =
        SweepReport.write(dir, TinySweep.info(3), TinySweep.rows().iterator(), null);
    ConfigExport.write(sweep, TinySweep.info(3), outcome.ranked(), 3);
    // An earlier, larger export left rank-004..; a re-export to the same folder replaces them all.
    ConfigExport.export(again, TinySweep.info(20), TinySweep.rows().iterator(), 5);
    Files.writeString(again.resolve("notes.txt"), "mine");
    ConfigExport.export(again, TinySweep.info(20), TinySweep.rows().iterator(), 3);
    assertEquals(
        List.of(
            "notes.txt",
            "rank-001-BBB-bollinger-reversion.json",
            "rank-002-AAA-sma-cross.json",
            "rank-003-BBB-sma-cross.json"),
        names(again));
    for (String name : names(sweep)) {
      assertArrayEquals(
          Files.readAllBytes(sweep.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
    }
  }

  @Test
  void fewerRankedRowsThanKWritesWhatThereIs() throws IOException {
    List<Path> written =
        ConfigExport.export(dir, TinySweep.info(20), TinySweep.rows().iterator(), 20);
    // Five rows pass the filter (see TinySweep).
    assertEquals(5, written.size());
    assertTrue(Files.exists(dir.resolve("rank-005-AAA-sma-cross.json")));
  }
}
