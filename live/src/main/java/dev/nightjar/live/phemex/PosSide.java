package dev.nightjar.live.phemex;

/** Position side: {@code Merged} in one-way mode, {@code Long}/{@code Short} in hedged mode. */
public enum PosSide {
  Merged,
  Long,
  Short
}
