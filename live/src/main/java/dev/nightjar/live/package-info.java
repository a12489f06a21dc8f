/**
 * The live runner and the Phemex connection: REST and WebSocket clients with signing and
 * resilience, kline download, the paper exchange and the crash-safe state store.
 */
package dev.nightjar.live;
