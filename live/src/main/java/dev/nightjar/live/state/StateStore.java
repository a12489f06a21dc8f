package dev.nightjar.live.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nightjar.data.AtomicFile;
import dev.nightjar.data.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The runner's state file, {@code <state-dir>/state.json}: one JSON document replaced atomically on
 * every change, so a crash leaves the previous state or the new one, never a mix. Reading is strict
 * (unknown fields, another schema or a damaged file are refused).
 *
 * <p>Durable mode ({@link AtomicFile}: temporary file forced to disk, renamed, folder synced)
 * survives a power loss too, at the cost of a few fsyncs per bar; it is for trading. Without it
 * (replays, at thousands of bars per second) the file is still written to a temporary file and
 * renamed atomically, which survives the death of the process (even SIGKILL) but not of the
 * machine.
 */
public final class StateStore {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path file;
  private final boolean durable;

  /**
   * @param dir the state folder (created when needed)
   * @param durable whether every write is forced to disk (see the class documentation)
   */
  public StateStore(Path dir, boolean durable) {
    this.file = dir.resolve("state.json");
    this.durable = durable;
  }

  public Path file() {
    return file;
  }

  /**
   * The saved state, or empty when there is none yet.
   *
   * @throws ConfigException when the file is damaged or of another schema
   */
  public Optional<RunnerState> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(file), RunnerState.class));
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          file, null, "not a runner state (" + RunnerState.SCHEMA + "): " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the state file with {@code state}, atomically and durably. */
  public void save(RunnerState state) {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the runner state", e);
    }
    if (durable) {
      AtomicFile.writeUnchecked(file, out -> out.write(bytes));
      return;
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
