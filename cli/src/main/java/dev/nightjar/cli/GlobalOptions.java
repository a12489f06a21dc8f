package dev.nightjar.cli;

import dev.nightjar.data.cache.Cache;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command inherits from {@code nightjar}: where data lives, how much to say. Picocli
 * binds inherited options to this one instance whichever subcommand they are given to.
 */
final class GlobalOptions {
  @Option(
      names = "--home",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "nightjar's folder (cache, runs); default: $NIGHTJAR_HOME or ~/.nightjar")
  Path home;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "show debug log lines on stderr and the stack trace of an error")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "no progress bars or informational lines on stderr")
  boolean quiet;

  /** The home folder in force. */
  Path home() {
    return home != null ? home : Cache.defaultHome();
  }

  /** The cache under the home folder. */
  Cache cache() {
    return new Cache(home());
  }
}
