/**
 * The on-disk cache: one checksummed columnar file per symbol and timeframe ({@link
 * dev.nightjar.data.cache.CacheFile}), kept under {@code <home>/cache/<tf>/<SYMBOL>.bars} by {@link
 * dev.nightjar.data.cache.Cache}, written atomically (temp file in the same folder, fsync, rename)
 * and verified on every load. Importing other formats and validating bars belong to {@code io} and
 * {@code validate}, not here.
 *
 * <h2>File layout, version 1</h2>
 *
 * <p>All numbers little-endian; n = bar count; file length exactly {@code 96 + 48 n} bytes.
 *
 * <pre>
 * offset    size  field
 *  0          8   magic "NJBARS\r\n" (4E 4A 42 41 52 53 0D 0A)
 *  8          4   format version, int32 = 1
 * 12          4   header length, int32 = 96 (where the payload starts)
 * 16          8   timeframe length in ms, int64 (one of Timeframe's)
 * 24          4   bar count n, int32, 0 .. CacheFile.MAX_BARS
 * 28          4   payload checksum: CRC32C of bytes [96, 96 + 48 n)
 * 32          8   open time of the first bar, int64 epoch ms UTC (0 when n = 0)
 * 40          8   open time of the last bar, int64 epoch ms UTC (0 when n = 0)
 * 48          1   symbol length L, 1 .. 32
 * 49         32   symbol, L ASCII bytes then zeros
 * 81         11   reserved, zeros
 * 92          4   header checksum: CRC32C of bytes [0, 92)
 * 96         8n   open times, int64 epoch ms UTC, strictly ascending
 * 96 +  8n   8n   open,   float64
 * 96 + 16n   8n   high,   float64
 * 96 + 24n   8n   low,    float64
 * 96 + 32n   8n   close,  float64
 * 96 + 40n   8n   volume, float64
 * </pre>
 *
 * <p>The two CRC32C checksums cover every byte of the file (the header checksum covers the payload
 * checksum), and a CRC32 detects every error burst of up to 32 bits, so any damage to a single byte
 * is always detected; the exact length catches truncated and extended files. Columns start at
 * multiples of 8, so a mapped file can be copied into arrays with one bulk copy per column. Nothing
 * in the file depends on when it was written: the same series gives the same bytes.
 */
package dev.nightjar.data.cache;
