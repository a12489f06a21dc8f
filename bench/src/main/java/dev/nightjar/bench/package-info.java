/**
 * JMH benchmarks: data import and cache load, indicator kernels against TA-Lib Java, backtests and
 * sweeps against ta4j. Run them with {@code java -jar bench/target/benchmarks.jar}.
 */
package dev.nightjar.bench;
