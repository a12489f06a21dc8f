package dev.nightjar.data.validate;

/** How bad a finding is: the CLI exits with code 3 when a report has any error. */
public enum Severity {
  /** The data are wrong; results computed from them cannot be trusted. */
  ERROR,
  /** Worth a look; common in real data (gaps, zero volume, spikes). */
  WARNING
}
