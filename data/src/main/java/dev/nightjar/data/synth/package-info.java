/**
 * Deterministic synthetic markets for the offline demo and for tests: seeded, regime-switching,
 * volatility-clustered, fat-tailed and cross-correlated 1m bars.
 */
package dev.nightjar.data.synth;
