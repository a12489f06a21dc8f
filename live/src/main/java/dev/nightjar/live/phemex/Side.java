package dev.nightjar.live.phemex;

/** Order side, spelt as Phemex expects. */
public enum Side {
  Buy,
  Sell
}
