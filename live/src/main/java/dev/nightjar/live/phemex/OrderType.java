package dev.nightjar.live.phemex;

/** The order types this client sends. */
public enum OrderType {
  Market,
  Limit
}
