package dev.nightjar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook in {@code notebooks/} reads real sweep outputs: its code cells run, in order, with
 * the machine's python3 against a run folder this test writes (skipped where python3 is missing).
 */
class NotebookTest {
  private static final Path NOTEBOOK = Path.of("..", "notebooks", "sweep-report.ipynb");

  @TempDir Path home;
  @TempDir Path work;

  @Test
  void theSweepReportNotebookRunsOnARunFolder() throws IOException, InterruptedException {
    assumeTrue(python3Works(), "python3 is not on this machine");
    assertEquals(0, CliRun.inHome(home, "data", "synth", "--symbols", "N-A", "--days", "5").code());
    Path spec = work.resolve("nb.json");
    Files.writeString(
        spec,
        "{\"name\": \"nb\", \"data\": {\"symbols\": [\"N-A\"], \"timeframe\": \"15m\"},"
            + " \"strategy\": \"sma-cross\", \"params\": {\"fast\": {\"from\": 5, \"to\": 20,"
            + " \"step\": 5}, \"slow\": {\"values\": [30, 60]}}, \"top\": 3}");
    Path run = work.resolve("run");
    CliRun sweep = CliRun.inHome(home, "sweep", spec.toString(), "--out", run.toString());
    assertEquals(0, sweep.code(), sweep::toString);

    StringBuilder code = new StringBuilder();
    for (JsonNode cell : BaseCommand.JSON.readTree(NOTEBOOK.toFile()).get("cells")) {
      if (cell.get("cell_type").asText().equals("code")) {
        cell.get("source").forEach(line -> code.append(line.asText()));
        code.append('\n');
      }
    }
    Path script = work.resolve("notebook.py");
    Files.writeString(script, code);
    ProcessBuilder pb =
        new ProcessBuilder("python3", script.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("notebook.out").toFile());
    pb.environment().put("NIGHTJAR_RUN", run.toString());
    pb.environment().put("MPLBACKEND", "Agg");
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the notebook finished");
    String out = Files.readString(work.resolve("notebook.out"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    // The ranking it prints starts with top.csv's first row.
    List<String> top = Files.readAllLines(run.resolve("top.csv"));
    String[] first = top.get(1).split(",");
    assertTrue(out.contains("   1  " + first[1]), out);
    assertTrue(out.contains("sma-cross            fast"), "marginals per parameter: " + out);
  }

  private static boolean python3Works() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
