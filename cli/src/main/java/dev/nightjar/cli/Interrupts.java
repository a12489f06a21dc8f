package dev.nightjar.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C and SIGTERM for long work. The JVM runs shutdown hooks on both signals; the hook installed
 * here raises the cancel flag the work polls, waits (at most {@link #GRACE_SECONDS}) until the work
 * says its checkpoint is written ({@link #finished()}), then ends the process with exit code 130.
 * When the work ends normally, {@link #close()} removes the hook and nothing else happens.
 */
final class Interrupts implements BooleanSupplier, AutoCloseable {
  static final int GRACE_SECONDS = 10;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch checkpointed = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onSignal, "nightjar-interrupt");

  private Interrupts() {}

  static Interrupts install() {
    Interrupts interrupts = new Interrupts();
    Runtime.getRuntime().addShutdownHook(interrupts.hook);
    return interrupts;
  }

  /** Whether the user asked to stop. */
  @Override
  public boolean getAsBoolean() {
    return requested.get();
  }

  /** The work has written its checkpoint (and its message); the hook may end the process. */
  void finished() {
    checkpointed.countDown();
  }

  private void onSignal() {
    requested.set(true);
    try {
      checkpointed.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.err.flush();
    System.out.flush();
    Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
  }

  @Override
  public void close() {
    finished();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutdown has begun: the hook runs and ends the process with 130.
    }
  }
}
