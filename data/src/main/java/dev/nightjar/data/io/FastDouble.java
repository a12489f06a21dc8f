package dev.nightjar.data.io;

import java.nio.charset.StandardCharsets;

/**
 * Decimal text to {@code double}, correctly rounded, without allocating on the common path.
 *
 * <p>Syntax: {@code [+-]digits[.digits][(e|E)[+-]digits]} (also {@code .5} and {@code 5.}); no
 * hexadecimal, {@code NaN}, {@code Infinity} or type suffixes. Fast path (Clinger 1990): when the
 * decimal significand m (digits without the point) is below 2<sup>53</sup> and the decimal exponent
 * e satisfies |e| ≤ 22, both m and 10<sup>|e|</sup> are exact doubles, so the single IEEE operation
 * {@code m * 10^e} or {@code m / 10^-e} is the correctly rounded result. Otherwise it falls back to
 * {@link Double#parseDouble}, so the result always equals {@code Double.parseDouble(text)}.
 */
public final class FastDouble {
  private static final double[] POW10 = new double[23];
  private static final long EXACT_LIMIT = 1L << 53;

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private FastDouble() {}

  /**
   * Parses the ASCII bytes {@code [from, to)}.
   *
   * @return the value, or NaN when the text is not a decimal number in the syntax above
   */
  public static double parse(byte[] b, int from, int to) {
    int i = from;
    if (i >= to) {
      return Double.NaN;
    }
    boolean negative = b[i] == '-';
    if (negative || b[i] == '+') {
      i++;
    }
    long m = 0;
    int significant = 0; // digits accumulated into m (leading zeros excluded)
    int dropped = 0; // integer digits beyond what m can hold
    int digits = 0;
    int exp10 = 0;
    while (i < to && isDigit(b[i])) {
      int d = b[i] - '0';
      if (significant < 18) {
        m = m * 10 + d;
        if (m != 0) {
          significant++;
        }
      } else {
        dropped++;
      }
      digits++;
      i++;
    }
    exp10 += dropped;
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && isDigit(b[i])) {
        if (significant < 18) {
          m = m * 10 + (b[i] - '0');
          if (m != 0) {
            significant++;
          }
          exp10--;
        } else if (b[i] != '0') {
          dropped++; // marks inexactness; the fallback decides
        }
        digits++;
        i++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negExp = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        negExp = b[i] == '-';
        i++;
      }
      int expDigits = 0;
      int e = 0;
      while (i < to && isDigit(b[i])) {
        if (e < 100_000) {
          e = e * 10 + (b[i] - '0');
        }
        expDigits++;
        i++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
      exp10 += negExp ? -e : e;
    }
    if (i != to) {
      return Double.NaN;
    }
    if (dropped == 0 && m < EXACT_LIMIT && exp10 >= -22 && exp10 <= 22) {
      double v = exp10 >= 0 ? m * POW10[exp10] : m / POW10[-exp10];
      return negative ? -v : v;
    }
    return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
  }

  /** Parses a whole string (ASCII); NaN when it is not a decimal number. */
  public static double parse(String text) {
    byte[] b = new byte[text.length()];
    for (int i = 0; i < b.length; i++) {
      char c = text.charAt(i);
      b[i] = c < 128 ? (byte) c : (byte) '?';
    }
    return parse(b, 0, b.length);
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
