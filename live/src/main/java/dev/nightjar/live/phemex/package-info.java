/**
 * The Phemex REST client for USDT-M perpetuals (the "hedged"/{@code g-} API): {@link
 * dev.nightjar.live.phemex.Credentials} and {@link dev.nightjar.live.phemex.Signer} (HMAC-SHA256 of
 * path + query + expiry + body), the {@link dev.nightjar.live.phemex.PhemexClient} with its typed
 * results ({@link dev.nightjar.live.phemex.Product}, {@link dev.nightjar.live.phemex.Order}, {@link
 * dev.nightjar.live.phemex.OrderOutcome}, ...), error-code mapping ({@link
 * dev.nightjar.live.phemex.ErrorKind}) and the resilience around every call: a weighted rate
 * limiter per Phemex rate-limit group that also obeys the exchange's headers, retries with
 * exponential backoff and jitter for idempotent calls only, a circuit breaker, and order placement
 * that reconciles by {@code clOrdID} instead of re-sending blindly.
 *
 * <p>Not here: WebSocket streams, spot and coin-M orders, the runner's decision loop and state
 * store. Reference for every Phemex fact used: {@code shared/PHEMEX.md}.
 */
package dev.nightjar.live.phemex;
