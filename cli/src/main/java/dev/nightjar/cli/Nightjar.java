package dev.nightjar.cli;

/** Placeholder entry point until the CLI lands. */
public final class Nightjar {
  private Nightjar() {}

  public static void main(String[] args) {
    System.out.println("nightjar");
  }
}
