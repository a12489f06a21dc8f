package dev.nightjar.live.runner;

/** One closed bar from a feed: open time (epoch ms) and OHLCV. */
public record Bar(long time, double open, double high, double low, double close, double volume) {}
