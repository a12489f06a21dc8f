package dev.nightjar.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ({@code dev} when run from classes). */
final class Version implements IVersionProvider {
  /** nightjar's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String current() {
    String v = Nightjar.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  @Override
  public String[] getVersion() {
    return new String[] {"nightjar " + current(), "Java " + System.getProperty("java.version")};
  }
}
