package dev.nightjar.live.runner;

import java.util.function.Consumer;

/**
 * A source of closed bars, run on its own thread by the {@link Runner}: it hands each bar to {@code
 * sink} (which only enqueues it for the decision thread) in time order and returns when it has no
 * more. It must stop promptly when its thread is interrupted.
 */
public interface Feed {
  void run(Consumer<Bar> sink) throws InterruptedException;
}
