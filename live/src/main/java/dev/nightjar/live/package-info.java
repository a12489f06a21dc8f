/**
 * The live runner and the Phemex connection: REST client with signing and resilience ({@code
 * phemex}), config checks ({@code config}), the runner ({@code runner}), the paper exchange ({@code
 * paper}) and the crash-safe state store ({@code state}).
 *
 * <p><b>Concurrency model.</b> One decision thread (the caller of {@code Runner.run}) owns all
 * trading state: the bar history, the targets, the orders, the position, equity and the state file.
 * The feed (replay, exchange klines) runs on its own thread and hands closed bars to the decision
 * thread through a bounded queue; a stop request (Ctrl-C, SIGTERM) is one more event on that queue.
 * Nothing else is shared, so no trading state needs a lock. The exchange client is called only from
 * the decision thread; its rate limiter and circuit breaker are its own.
 */
package dev.nightjar.live;
