package dev.nightjar.live.download;

import dev.nightjar.data.SeriesId;
import dev.nightjar.data.validate.ValidationReport;

/**
 * The outcome of a fetch.
 *
 * @param id the cache key written
 * @param pagesRequested kline requests sent by this run
 * @param pagesResumed pages taken from a part file left by an interrupted run
 * @param newBars bars added to the cache (0 when it was up to date)
 * @param bars bars cached after the fetch
 * @param firstTime first cached open time, epoch ms
 * @param lastTime last cached open time, epoch ms
 * @param report the foundation's validation of the cached series (gaps, warnings)
 * @param complete false when cancelled before the last page: nothing was committed, the pages so
 *     far wait in the part file and {@code report} is null
 */
public record FetchResult(
    SeriesId id,
    int pagesRequested,
    int pagesResumed,
    long newBars,
    int bars,
    long firstTime,
    long lastTime,
    ValidationReport report,
    boolean complete) {}
