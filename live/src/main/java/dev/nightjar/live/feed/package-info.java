/**
 * Live bar feeds for the runner: {@link dev.nightjar.live.feed.PollingFeed} polls the exchange's
 * REST kline endpoint and hands on closed bars only, back-filling what it missed; {@link
 * dev.nightjar.live.feed.Warmup} joins the cache's older bars to the exchange's recent ones for the
 * session's starting history.
 */
package dev.nightjar.live.feed;
