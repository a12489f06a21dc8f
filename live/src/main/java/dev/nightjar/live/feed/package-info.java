/**
 * Live bar feeds for the runner: {@link dev.nightjar.live.feed.PollingFeed} polls the exchange's
 * REST kline endpoint and hands on closed bars only, back-filling what it missed.
 */
package dev.nightjar.live.feed;
