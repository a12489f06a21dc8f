/**
 * JMH benchmarks, one class per subject: {@link dev.nightjar.bench.CsvImportBenchmark} (rows/s),
 * {@link dev.nightjar.bench.CacheLoadBenchmark} (ms per 1M bars), {@link
 * dev.nightjar.bench.IndicatorBenchmark} (ns/bar, side by side with TA-Lib Java) and {@link
 * dev.nightjar.bench.BacktestBenchmark} (engine and strategy bars/s). Inputs are seeded random
 * walks from {@link dev.nightjar.bench.BenchData}. Nothing here is library code: build with {@code
 * ./mvnw -B -q -pl bench -am package -DskipTests}, run with {@code java -jar
 * bench/target/benchmarks.jar <class>}, tabulate with {@code bench/summarize.py}; see {@code
 * bench/RESULTS.md}.
 */
package dev.nightjar.bench;
