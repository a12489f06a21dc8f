package dev.nightjar.backtest.simd;

/**
 * Whether this JVM can run the SIMD kernels of this package: the module {@code
 * jdk.incubator.vector} is present ({@code --add-modules jdk.incubator.vector}, which the {@code
 * nightjar} launcher passes to the sweep and the benchmarks) and the CPU has 512-bit vector
 * registers for doubles (AVX-512). Otherwise the callers keep their scalar loops, with the same
 * results bit for bit.
 */
public final class Simd {
  private static final boolean AVAILABLE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
          && HeldBarsKernel.inHardware();

  private Simd() {}

  /** Whether the kernels can run here. */
  public static boolean available() {
    return AVAILABLE;
  }
}
