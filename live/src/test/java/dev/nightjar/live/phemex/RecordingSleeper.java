package dev.nightjar.live.phemex;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records each requested wait and returns at once. */
final class RecordingSleeper implements Sleeper {
  final List<Long> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(long millis) {
    waits.add(millis);
  }

  long total() {
    return waits.stream().mapToLong(Long::longValue).sum();
  }
}
