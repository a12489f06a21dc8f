package dev.nightjar.data.io;

import dev.nightjar.data.Checks;

/**
 * How to import a file.
 *
 * @param formatOrNull the format, or {@code null} to detect it from the file's first bytes
 * @param onDuplicate what to do with rows sharing an open time but not their values
 * @param fillGaps fill gaps with flat bars (open = high = low = close = previous close, volume 0)
 * @param dropInvalid drop and count bad rows instead of stopping at the first
 */
public record ImportOptions(
    Format formatOrNull, DuplicatePolicy onDuplicate, boolean fillGaps, boolean dropInvalid) {
  public ImportOptions {
    Checks.notNull(onDuplicate, "onDuplicate");
  }

  /** Detect the format, stop on conflicting duplicates and bad rows, leave gaps. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, DuplicatePolicy.ERROR, false, false);
  }

  public ImportOptions withFormat(Format format) {
    return new ImportOptions(format, onDuplicate, fillGaps, dropInvalid);
  }

  public ImportOptions withDuplicates(DuplicatePolicy policy) {
    return new ImportOptions(formatOrNull, policy, fillGaps, dropInvalid);
  }

  public ImportOptions withFillGaps(boolean fill) {
    return new ImportOptions(formatOrNull, onDuplicate, fill, dropInvalid);
  }

  public ImportOptions withDropInvalid(boolean drop) {
    return new ImportOptions(formatOrNull, onDuplicate, fillGaps, drop);
  }
}
