package dev.nightjar.cli;

import dev.nightjar.data.ConfigException;
import dev.nightjar.data.DataException;
import dev.nightjar.live.phemex.PhemexException;
import dev.nightjar.optimizer.run.log.CheckpointException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps every exception a command throws to one line on stderr and an exit code — the only place
 * that does. The stack trace is shown with {@code -v} only.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Failure failure = classify(e);
    err.println("error: " + failure.message());
    if (verbose(cmd)) {
      e.printStackTrace(err);
    } else if (failure.bug()) {
      err.println("This is a bug in nightjar. Re-run with -v for the stack trace and report it.");
    }
    err.flush();
    return failure.code();
  }

  private static boolean verbose(CommandLine cmd) {
    Object root = cmd.getCommandSpec().root().userObject();
    return root instanceof Nightjar n && n.global.verbose;
  }

  /** The exit code and the one-line message for {@code e}. */
  static Failure classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoSuchFileException nsf) {
        return new Failure(ExitCodes.USAGE, "file not found: " + nsf.getFile());
      }
      if (t instanceof AccessDeniedException ade) {
        return new Failure(ExitCodes.USAGE, "permission denied: " + ade.getFile());
      }
      if (t instanceof PhemexException pe) {
        // The exchange failed or refused (after the client's retries), not nightjar.
        return new Failure(ExitCodes.INTERNAL, "Phemex: " + pe.getMessage(), false);
      }
    }
    Throwable cause =
        e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (cause instanceof DataException
        || cause instanceof ConfigException
        || cause instanceof CheckpointException) {
      return new Failure(ExitCodes.INVALID_INPUT, cause.getMessage());
    }
    if (cause instanceof IllegalArgumentException) {
      return new Failure(ExitCodes.USAGE, cause.getMessage());
    }
    if (cause instanceof IOException) {
      return new Failure(ExitCodes.INTERNAL, "I/O error: " + cause.getMessage());
    }
    return new Failure(ExitCodes.INTERNAL, "internal error: " + cause);
  }

  /**
   * What the user sees; {@code bug} adds the "this is a bug, report it" line (internal errors not
   * caused by the outside world).
   */
  record Failure(int code, String message, boolean bug) {
    Failure(int code, String message) {
      this(code, message, code == ExitCodes.INTERNAL);
    }
  }
}
