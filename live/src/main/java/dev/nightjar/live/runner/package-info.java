/**
 * The live runner: {@link dev.nightjar.live.runner.Runner} acts on closed bars from a {@link
 * dev.nightjar.live.runner.Feed} through an {@link dev.nightjar.live.runner.Exchange}, with the
 * backtest's strategy code and engine rules ({@link dev.nightjar.live.runner.Snapshot}), a {@link
 * dev.nightjar.live.runner.KillSwitch} and an {@link dev.nightjar.live.runner.Audit} trail. See the
 * module's package documentation for the threads.
 */
package dev.nightjar.live.runner;
