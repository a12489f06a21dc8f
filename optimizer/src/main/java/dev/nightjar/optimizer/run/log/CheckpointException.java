package dev.nightjar.optimizer.run.log;

import java.nio.file.Path;

/**
 * A sweep checkpoint that cannot be used: a results log or manifest that is not one, has another
 * format version or metric count, is damaged beyond a torn tail, or is missing. The message names
 * the file ({@code runs/x/results.log: format version 2, this nightjar reads 1}). The CLI maps it
 * to exit code 3.
 */
public final class CheckpointException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public CheckpointException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public CheckpointException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file. */
  public Path file() {
    return file;
  }
}
