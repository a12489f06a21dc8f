/**
 * The sweep's checkpoint: the append-only results log ({@link
 * dev.nightjar.optimizer.run.log.ResultsLog} writes it, {@link
 * dev.nightjar.optimizer.run.log.LogIndex} scans and reads it) and the atomically rewritten {@link
 * dev.nightjar.optimizer.run.log.Manifest}. A damaged checkpoint is a {@link
 * dev.nightjar.optimizer.run.log.CheckpointException}. Deciding which tasks to run, when to sync
 * and what to write at the end belongs to the runner, not here.
 *
 * <h2>Results log layout, version 1</h2>
 *
 * <p>All numbers little-endian. A 16-byte file header, then one record per completed task, in
 * completion order:
 *
 * <pre>
 * header   8   magic "NJRLOG\r\n" (4E 4A 52 4C 4F 47 0D 0A)
 *          4   format version, int32 = 1
 *          4   metric count m, int32 (values per row)
 * record   4   record magic "NREC" (4E 52 45 43)
 *          4   payload length p, int32, 8 .. MAX_PAYLOAD
 *          p   payload: int32 task id (&gt;= 0), int32 row count k, then k rows
 *          4   CRC32C of the p payload bytes
 * row      4   symbol index, int32
 *          4   combination id, int32
 *          1   has error: 0 or 1
 *         8m   metrics, float64 (raw bits: NaN payloads and -0.0 survive)
 *       [4+L]  only with an error: byte length L, int32, then the message in UTF-8
 * </pre>
 *
 * <p>A crash can only leave a torn tail: the scan accepts records up to the first one that is
 * incomplete, has a wrong magic, length or checksum, does not parse to exactly its length, or
 * repeats a task id, and reports every byte after it as torn; appending after a resume first cuts
 * them off. A CRC32C detects every error burst of up to 32 bits, so damage to any single byte of a
 * record is always detected.
 */
package dev.nightjar.optimizer.run.log;
