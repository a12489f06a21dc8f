package dev.nightjar.optimizer.export;

/**
 * Where a strategy config came from, so the live runner can tell what it trades was tested on.
 *
 * @param sweepId the sweep that ranked it
 * @param specHash canonical hash of that sweep's spec
 * @param dataFingerprint {@code dev.nightjar.data.Fingerprint} of the series tested
 * @param dataFrom open time of the first bar tested, epoch ms
 * @param dataTo open time of the last bar tested, epoch ms
 * @param nightjarVersion version that ran the sweep
 * @param createdAt creation time of the sweep, epoch ms
 */
public record Provenance(
    String sweepId,
    String specHash,
    String dataFingerprint,
    long dataFrom,
    long dataTo,
    String nightjarVersion,
    long createdAt) {
  public Provenance {
    if (sweepId == null || specHash == null || dataFingerprint == null || nightjarVersion == null) {
      throw new IllegalArgumentException(
          "sweepId, specHash, dataFingerprint and nightjarVersion must not be null");
    }
    if (dataFrom > dataTo) {
      throw new IllegalArgumentException(
          "dataFrom must be <= dataTo, got " + dataFrom + " > " + dataTo);
    }
  }
}
