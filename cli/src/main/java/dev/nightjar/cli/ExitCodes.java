package dev.nightjar.cli;

/**
 * The process exit codes, the same for every command (see README and {@code nightjar --help}).
 *
 * <ul>
 *   <li>0 — success (a validation with warnings only also exits 0);
 *   <li>1 — internal error (a bug: please report it with the {@code -v} stack trace);
 *   <li>2 — usage error (unknown option, bad value, missing file);
 *   <li>3 — invalid data or config (the message names file, line, column or JSON path);
 *   <li>4 — {@code nightjar live} only: the kill switch stopped the runner;
 *   <li>130 — interrupted (Ctrl-C or SIGTERM; resumable work can be resumed).
 * </ul>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int INVALID_INPUT = 3;
  public static final int KILLED = 4;
  public static final int INTERRUPTED = 130;

  /** The exit-code section every command's help shows. */
  static final String HELP =
      "%nExit codes:%n  0    ok%n  1    internal error (re-run with -v and report it)%n"
          + "  2    usage error%n  3    invalid data or config%n  130  interrupted%n";

  private ExitCodes() {}
}
