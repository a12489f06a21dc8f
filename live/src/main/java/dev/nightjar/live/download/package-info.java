/**
 * Historical kline download into the cache ({@code nightjar data fetch}): {@link
 * dev.nightjar.live.download.KlineDownload} pages through Phemex's kline history within its
 * documented limits (at most 999 bars a request, weight 10, paced by the client's rate limiter),
 * fetches only what the cache lacks ({@link dev.nightjar.live.download.FetchPlan}), keeps closed
 * bars only, validates with the data module's rules, keeps received pages in a crash-safe part file
 * so an interrupted fetch resumes, and commits to the cache atomically.
 *
 * <p>Not here: the REST client itself ({@code live.phemex}), live kline streams, and anything that
 * prints (the CLI turns the progress listener into a bar).
 */
package dev.nightjar.live.download;
