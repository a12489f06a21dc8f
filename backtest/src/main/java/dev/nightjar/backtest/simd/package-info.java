/**
 * SIMD kernels for the engine's hot loops, on the JDK 17 incubator Vector API: the held-bar metrics
 * arithmetic ({@code HeldBarsKernel}) eight bars per instruction. The kernels are compiled from
 * {@code src/vector/java} (JDK 17's javac warns on any incubator module, and the rest of the module
 * compiles with {@code -Werror}); they may be called only when {@link
 * dev.nightjar.backtest.simd.Simd#available()}, and each is bit for bit its scalar loop.
 */
package dev.nightjar.backtest.simd;
