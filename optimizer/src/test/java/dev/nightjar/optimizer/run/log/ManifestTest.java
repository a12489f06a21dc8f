package dev.nightjar.optimizer.run.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestTest {
  private static final String BTC = "crc32c:1a2b3c4d:n=8760:1672531200000..1704063600000";
  private static final String ETH = "crc32c:99aa0011:n=8760:1672531200000..1704063600000";
  private static final String HASH = "3fa2c41d9e0b7a55e1c2d3f4a5b6c7d8";

  @TempDir Path dir;

  private static Manifest manifest(
      String hash, List<String> symbols, Map<String, String> data, String version, int perTask) {
    int combinations = 400;
    int tasks = symbols.size() * ((combinations + perTask - 1) / perTask);
    return Manifest.start(
        "demo-sweep-20261126T043624Z",
        "demo-sweep",
        hash,
        "examples/demo-sweep.json",
        version,
        1_795_667_784_000L,
        symbols,
        data,
        combinations,
        perTask,
        tasks);
  }

  private static Manifest base() {
    return manifest(
        HASH,
        List.of("DEMO-BTC:1h", "DEMO-ETH:1h"),
        Map.of("DEMO-BTC:1h", BTC, "DEMO-ETH:1h", ETH),
        "0.1.0",
        100);
  }

  @Test
  void writeThenReadGivesItBackAndLeavesNoTemporaryFile() throws IOException {
    Manifest first = base();
    first.write(dir);
    assertEquals(first, Manifest.read(dir));
    Manifest later = first.withProgress(5, Manifest.Status.INTERRUPTED, 1_795_667_999_000L);
    later.write(dir);
    assertEquals(later, Manifest.read(dir));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("manifest.json")), files.toList());
    }
  }

  @Test
  void theJsonCarriesTheSchemaAndLowerCaseStatus() throws IOException {
    base().withProgress(8, Manifest.Status.COMPLETE, 1L).write(dir);
    ObjectNode json =
        (ObjectNode) new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    assertEquals("nightjar.sweep-manifest/1", json.get("schema").asText());
    assertEquals("complete", json.get("status").asText());
    assertEquals(8, json.get("completedTasks").asInt());
    assertEquals(BTC, json.get("dataFingerprints").get("DEMO-BTC:1h").asText());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown     | $.resumeCount: unknown field",
        "missing     | $.specHash: missing",
        "null        | $.sweepId: must not be null",
        "type        | $.tasks: ",
        "status      | $.status: ",
        "schema      | schema must be nightjar.sweep-manifest/1, got nightjar.sweep-manifest/2",
        "progress    | completedTasks must be in 0..8, got 9",
        "notjson     | not valid JSON",
        "absent      | no manifest here"
      })
  void readingIsStrict(String kind, String problem) throws IOException {
    base().write(dir);
    Path file = dir.resolve("manifest.json");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
    switch (kind) {
      case "unknown" -> json.put("resumeCount", 1);
      case "missing" -> json.remove("specHash");
      case "null" -> json.putNull("sweepId");
      case "type" -> json.put("tasks", "eight");
      case "status" -> json.put("status", "paused");
      case "schema" -> json.put("schema", "nightjar.sweep-manifest/2");
      case "progress" -> json.put("completedTasks", 9);
      default -> {}
    }
    if (kind.equals("notjson")) {
      Files.writeString(file, "{\"schema\": ");
    } else if (kind.equals("absent")) {
      Files.delete(file);
    } else {
      mapper.writeValue(file.toFile(), json);
    }
    CheckpointException e = assertThrows(CheckpointException.class, () -> Manifest.read(dir));
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aCompatibleResumeHasNoReasons() {
    Manifest old = base().withProgress(3, Manifest.Status.INTERRUPTED, 99L);
    Manifest now =
        Manifest.start(
            "demo-sweep-20261127T010000Z",
            "demo-sweep",
            HASH,
            "/home/me/nightjar/examples/demo-sweep.json",
            "0.1.0",
            2_000_000_000_000L,
            old.symbols(),
            old.dataFingerprints(),
            old.combinations(),
            old.combinationsPerTask(),
            old.tasks());
    assertEquals(List.of(), now.incompatibilities(old));
    Manifest resumed = now.resuming(old);
    assertEquals(old.sweepId(), resumed.sweepId());
    assertEquals(old.createdAt(), resumed.createdAt());
    assertEquals(now.specFile(), resumed.specFile());
  }

  @Test
  void aChangedSpecIsNamedWithShortHashes() {
    Manifest now =
        manifest("9b1c0d2e3f4a5b6c", base().symbols(), base().dataFingerprints(), "0.1.0", 100);
    assertEquals(
        List.of("the spec changed (hash 3fa2c41d9e0b… → 9b1c0d2e3f4a…)"),
        now.incompatibilities(base()));
  }

  @Test
  void hashesSharingTheirFirstCharactersAreShownWhole() {
    Manifest now =
        manifest(
            HASH.substring(0, 20) + "ffff",
            base().symbols(),
            base().dataFingerprints(),
            "0.1.0",
            100);
    assertEquals(
        List.of("the spec changed (hash " + HASH + " → 3fa2c41d9e0b7a55e1c2ffff)"),
        now.incompatibilities(base()));
  }

  @Test
  void changedDataIsNamedPerSymbol() {
    String newer = "crc32c:0badf00d:n=8784:1672531200000..1704150000000";
    Manifest now =
        manifest(
            HASH, base().symbols(), Map.of("DEMO-BTC:1h", newer, "DEMO-ETH:1h", ETH), "0.1.0", 100);
    assertEquals(
        List.of("data DEMO-BTC:1h changed (" + BTC + " → " + newer + ")"),
        now.incompatibilities(base()));
  }

  @Test
  void addedAndRemovedSymbolsAreListed() {
    String sol = "crc32c:00000001:n=10:1..10";
    String xrp = "crc32c:00000002:n=10:1..10";
    Manifest now =
        manifest(
            HASH,
            List.of("DEMO-BTC:1h", "SOL:1h", "XRP:1h"),
            Map.of("DEMO-BTC:1h", BTC, "SOL:1h", sol, "XRP:1h", xrp),
            "0.1.0",
            100);
    // The task count follows the symbol count, so the chunking differs too.
    assertEquals(
        List.of(
            "symbols changed: added SOL:1h, XRP:1h; removed DEMO-ETH:1h",
            "chunking changed (400 combinations in 8 tasks of 100 per symbol"
                + " → 400 combinations in 12 tasks of 100 per symbol)"),
        now.incompatibilities(base()));
  }

  @Test
  void aNewVersionIsNamed() {
    Manifest now = manifest(HASH, base().symbols(), base().dataFingerprints(), "0.2.0", 100);
    assertEquals(
        List.of("nightjar version changed (0.1.0 → 0.2.0)"), now.incompatibilities(base()));
  }

  @Test
  void otherChunkingIsNamed() {
    Manifest now = manifest(HASH, base().symbols(), base().dataFingerprints(), "0.1.0", 50);
    assertEquals(
        List.of(
            "chunking changed (400 combinations in 8 tasks of 100 per symbol"
                + " → 400 combinations in 16 tasks of 50 per symbol)"),
        now.incompatibilities(base()));
  }

  @Test
  void everyReasonIsGivenAtOnce() {
    Manifest now =
        manifest(
            "ffff",
            List.of("DEMO-BTC:1h"),
            Map.of("DEMO-BTC:1h", "crc32c:0:n=1:5..5"),
            "0.2.0",
            100);
    assertEquals(
        List.of(
            "the spec changed (hash 3fa2c41d9e0b… → ffff)",
            "symbols changed: removed DEMO-ETH:1h",
            "data DEMO-BTC:1h changed (" + BTC + " → crc32c:0:n=1:5..5)",
            "nightjar version changed (0.1.0 → 0.2.0)",
            "chunking changed (400 combinations in 8 tasks of 100 per symbol"
                + " → 400 combinations in 4 tasks of 100 per symbol)"),
        now.incompatibilities(base()));
  }

  @Test
  void valuesAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () -> manifest(HASH, List.of("A:1h"), Map.of("B:1h", BTC), "0.1.0", 100));
    assertThrows(
        IllegalArgumentException.class,
        () -> base().withProgress(base().tasks() + 1, Manifest.Status.RUNNING, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> manifest(HASH, List.of("A:1h", "A:1h"), Map.of("A:1h", BTC), "0.1.0", 100));
  }
}
