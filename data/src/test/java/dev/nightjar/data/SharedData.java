package dev.nightjar.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real market data in {@code ../shared/data} (see PROVENANCE.md there), which is not part of
 * the repository. Tests that use it call {@link #file(String)}, which skips the test through a
 * JUnit assumption when the folder or the file is absent, so a fresh clone still passes.
 */
public final class SharedData {
  private SharedData() {}

  /** The folder, from the {@code nightjar.shared.data} system property Surefire sets. */
  public static Path dir() {
    String dir = System.getProperty("nightjar.shared.data", "../shared/data");
    return Path.of(dir).toAbsolutePath().normalize();
  }

  /** A file of the folder; skips the calling test when it is absent. */
  public static Path file(String name) {
    Path file = dir().resolve(name);
    assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
    return file;
  }
}
