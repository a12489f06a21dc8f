package dev.nightjar.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link FastDouble} agrees with {@link Double#parseDouble}, the reference, bit for bit. */
class FastDoubleProperties {
  static double parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return FastDouble.parse(b, 0, b.length);
  }

  static void assertSameBits(double expected, double actual, String text) {
    assertEquals(
        Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), "for " + text);
  }

  @Property(tries = 1000)
  void equalsParseDoubleOnRandomDecimalText(@ForAll("decimals") String text) {
    assertSameBits(Double.parseDouble(text), parse(text), text);
  }

  /** Inside Clinger's fast path: significand below 2^53, |exponent| <= 22, point anywhere. */
  @Property(tries = 1000)
  void equalsParseDoubleInsideTheFastPath(
      @ForAll @LongRange(min = 0, max = (1L << 53) - 1) long m,
      @ForAll @IntRange(min = 0, max = 16) int pointFromRight,
      @ForAll @IntRange(min = -6, max = 6) int exponent) {
    String digits = Long.toString(m);
    String padded = "0".repeat(Math.max(0, pointFromRight - digits.length() + 1)) + digits;
    int at = padded.length() - pointFromRight;
    String text = padded.substring(0, at) + "." + padded.substring(at) + "e" + exponent;
    assertSameBits(Double.parseDouble(text), parse(text), text);
  }

  /** Exchange-style prices and volumes: up to 12 integer digits and 8 decimals. */
  @Property(tries = 1000)
  void equalsParseDoubleOnExchangeStyleNumbers(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long whole,
      @ForAll @LongRange(min = 0, max = 99_999_999L) long fraction,
      @ForAll @IntRange(min = 0, max = 8) int decimals) {
    String f = String.format("%08d", fraction).substring(0, decimals);
    String text = decimals == 0 ? Long.toString(whole) : whole + "." + f;
    assertSameBits(Double.parseDouble(text), parse(text), text);
  }

  @Property(tries = 1000)
  void readsDoubleToStringBackToTheSameDouble(@ForAll double x) {
    String text = Double.toString(x);
    if (Double.isFinite(x)) {
      assertSameBits(x, parse(text), text);
    } else {
      assertTrue(Double.isNaN(parse(text)), "refuses " + text);
    }
  }

  @Property(tries = 500)
  void roundTripsItsOwnResultThroughDoubleToString(@ForAll("decimals") String text) {
    double v = parse(text);
    Assume.that(Double.isFinite(v)); // overflow gives Infinity, which is not decimal text
    assertSameBits(v, parse(Double.toString(v)), Double.toString(v));
  }

  @Property(tries = 300)
  void refusesTextThatIsNotADecimalNumber(@ForAll("garbage") String text) {
    assertTrue(Double.isNaN(parse(text)), text);
  }

  @Example
  void handlesTheEdges() {
    for (String s :
        new String[] {
          "0",
          "-0",
          "+1",
          ".5",
          "5.",
          "1e22",
          "1e23",
          "9007199254740993",
          "4308.83000000",
          "0.00162008",
          "1E-5",
          "2.2250738585072011e-308",
          "4.9e-324",
          "1.7976931348623157e308",
          "123456789012345678901234567890",
          "0.000000000000000000000000000001"
        }) {
      assertSameBits(Double.parseDouble(s), parse(s), s);
    }
  }

  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> sign = Arbitraries.of("", "-", "+");
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25);
    Arbitrary<String> fraction =
        Arbitraries.strings().numeric().ofMaxLength(25).map(f -> f.isEmpty() ? "" : "." + f);
    Arbitrary<String> exponent =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.integers().between(-340, 320).map(e -> "e" + e),
            Arbitraries.integers().between(-30, 30).map(e -> "E" + e));
    return Combinators.combine(sign, digits, fraction, exponent).as((s, d, f, e) -> s + d + f + e);
  }

  /**
   * Text that cannot be a number: a letter other than e/E, or a misplaced sign, dot or exponent.
   */
  @Provide
  Arbitrary<String> garbage() {
    return Garbage.text();
  }
}
