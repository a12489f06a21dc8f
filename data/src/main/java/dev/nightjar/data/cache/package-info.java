/**
 * The on-disk cache: one checksummed columnar file per symbol and timeframe, written atomically
 * (temp file in the same folder, fsync, rename) and verified on every load.
 */
package dev.nightjar.data.cache;
