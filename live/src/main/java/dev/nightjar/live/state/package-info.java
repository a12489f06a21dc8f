/**
 * The runner's crash-safe state: {@link dev.nightjar.live.state.RunnerState} (position, every
 * client order id, last processed bar, daily PnL, session peak) and {@link
 * dev.nightjar.live.state.StateStore}, which replaces one JSON file atomically on every change.
 * Orders are recorded here before they are sent. No credentials ever go into the state.
 */
package dev.nightjar.live.state;
