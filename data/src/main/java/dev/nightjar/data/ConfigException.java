package dev.nightjar.data;

import java.nio.file.Path;

/**
 * An invalid sweep spec, strategy config or limits file. Carries the file and the JSON path of the
 * problem, so the message reads like {@code spec.json: $.params.fast.step: must be > 0, got 0}.
 * Several problems found at once are joined, one per line. The CLI maps it to exit code 3.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String path;

  /**
   * @param file the file, or {@code null}
   * @param path the JSON path ({@code $.data.symbols[2]}), or {@code null} for the whole document
   * @param problem what is wrong and what was expected
   */
  public ConfigException(Path file, String path, String problem) {
    super((file == null ? "" : file + ": ") + (path == null ? "" : path + ": ") + problem);
    this.file = file;
    this.path = path;
  }

  /** The file, or {@code null}. */
  public Path file() {
    return file;
  }

  /** The JSON path, or {@code null}. */
  public String path() {
    return path;
  }
}
