package dev.nightjar.data.io;

/**
 * What the importer does with rows that share an open time but differ in a value. Rows identical in
 * time and OHLCV are always dropped and counted as exact duplicates. "First" and "last" mean in
 * <em>file</em> order (line numbers), whatever order the file's times are in — in a newest-first
 * CryptoDataDownload file the first row is the one nearer the top.
 */
public enum DuplicatePolicy {
  /** Stop with a {@code DataException} naming the time and both lines. */
  ERROR,
  /** Keep the row that comes first in the file. */
  KEEP_FIRST,
  /** Keep the row that comes last in the file. */
  KEEP_LAST
}
