package dev.nightjar.data.cache;

import dev.nightjar.data.Checks;
import dev.nightjar.data.SeriesId;
import java.nio.file.Path;

/**
 * What a cache file holds, read from its header alone (no payload read): for listings.
 *
 * @param file the cache file
 * @param id the symbol and timeframe stored in the header
 * @param count number of bars
 * @param firstTime open time of the first bar, epoch ms UTC (0 when {@code count == 0})
 * @param lastTime open time of the last bar, epoch ms UTC (0 when {@code count == 0})
 * @param fileSize size of the file in bytes ({@code 96 + 48 * count})
 */
public record CacheHeader(
    Path file, SeriesId id, int count, long firstTime, long lastTime, long fileSize) {
  public CacheHeader {
    Checks.notNull(file, "file");
    Checks.notNull(id, "id");
    Checks.atLeast(count, 0, "count");
    if (fileSize < 0) {
      throw new IllegalArgumentException("fileSize must be >= 0, got " + fileSize);
    }
  }
}
