package dev.nightjar.live.phemex;

/** Waits for backoff and rate-limit gates; injectable so tests need not sleep. */
@FunctionalInterface
public interface Sleeper {
  void sleep(long millis) throws InterruptedException;

  /** Thread.sleep. */
  static Sleeper system() {
    return Thread::sleep;
  }
}
