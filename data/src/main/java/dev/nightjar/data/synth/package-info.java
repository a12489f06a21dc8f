/**
 * Deterministic synthetic markets for the offline demo and for tests: {@link
 * dev.nightjar.data.synth.SyntheticMarket#generate} turns a {@link
 * dev.nightjar.data.synth.SynthSpec} (seed, symbols, start, bar count; {@code SynthSpec.demo()} is
 * the default demo) into 1m {@link dev.nightjar.data.BarSeries}, bit-identical on every JVM.
 *
 * <p>The model in one paragraph (parameters in {@code SyntheticMarket}, {@code Regime} and {@link
 * dev.nightjar.data.synth.AssetProfile}): a market-wide Markov chain of bull, bear and range
 * regimes (mean durations 12, 8 and 14 days) sets the drift (trends of +0.25 / -0.3 daily sigmas
 * per day; in a range, a pull back to the range level with a 12-hour half-life); a market-wide
 * GARCH(1,1) variance multiplier (a = 0.04, b = 0.955) clusters volatility; unit-variance Student-t
 * (nu = 4) shocks, a common factor plus an idiosyncratic part weighted by per-symbol loadings
 * (0.75-0.9), give fat tails and 1m return correlations of about 0.6-0.77; each bar's high and low
 * are Brownian-bridge extremes around open and close; volume grows with |return| and volatility.
 * Prices start near real levels (BTC 40,000, ETH 2,500, SOL 100, XRP 0.6) with daily volatilities
 * of 3-5 %; they are not rounded to a tick.
 *
 * <p>Nothing here reads or writes files; storing the demo in the cache is the caller's job.
 */
package dev.nightjar.data.synth;
