package dev.nightjar.data;

/**
 * Argument checks, one place: each failure is an {@link IllegalArgumentException} naming the value.
 */
public final class Checks {
  private Checks() {}

  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  public static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  public static double finiteAtLeast(double value, double min, String name) {
    if (!(value >= min) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and >= " + min + ", got " + value);
    }
    return value;
  }

  public static double inRange(double value, double min, double max, String name) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], got " + value);
    }
    return value;
  }

  /** Checks {@code 0 <= from <= to <= size}. */
  public static void range(int from, int to, int size) {
    if (from < 0 || to < from || to > size) {
      throw new IndexOutOfBoundsException(
          "range [" + from + ", " + to + ") is outside [0, " + size + ")");
    }
  }
}
