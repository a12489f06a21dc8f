/**
 * Real exchanges behind the runner's {@link dev.nightjar.live.runner.Exchange}: {@link
 * dev.nightjar.live.exchange.PhemexExchange} (USDT-M perpetuals, one-way mode).
 */
package dev.nightjar.live.exchange;
