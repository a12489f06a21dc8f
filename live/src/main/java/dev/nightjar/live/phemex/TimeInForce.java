package dev.nightjar.live.phemex;

/** Time in force, spelt as Phemex expects. */
public enum TimeInForce {
  GoodTillCancel,
  ImmediateOrCancel,
  FillOrKill,
  PostOnly
}
